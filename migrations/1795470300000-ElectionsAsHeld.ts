import type { MigrationInterface, QueryRunner } from 'typeorm';

const CBF = 'COMMITTEE_ON_BUDGET_AND_FINANCE';
const OLD_ELECTION_TYPES = ['JUDGES', 'PROSECUTOR', 'DEPUTY_PROSECUTOR', 'TFV_BOARD'];

// Reference data: the coalition's default questionnaire for Committee on Budget and Finance
// candidates (ICC-ASP/1/Res.4: experts of recognised standing in financial matters at the
// international level). Edit through new versions, never here.
const CBF_TEMPLATE_FAMILY = '6a3f2a10-7c1e-4b8a-9d2e-0a1b2c3d4e55';
const CBF_QUESTIONS = [
  {
    key: 'budget_oversight',
    kind: 'TEXT',
    required: true,
    promptEn:
      'Describe your experience of budget oversight: reviewing, questioning and recommending on the budget of a public body.',
    promptFr:
      'Décrivez votre expérience du contrôle budgétaire : examiner le budget d’un organisme public, le questionner et formuler des recommandations.',
    maxLength: 5000,
  },
  {
    key: 'international_budgets',
    kind: 'TEXT',
    required: true,
    promptEn:
      'What experience do you have of the budgets of international organisations (programme budgets, assessed contributions, arrears, audit)?',
    promptFr:
      'Quelle expérience avez-vous des budgets des organisations internationales (budgets-programmes, contributions mises en recouvrement, arriérés, audit) ?',
    maxLength: 5000,
  },
  {
    key: 'independence_from_ministry',
    kind: 'TEXT',
    required: true,
    promptEn:
      'Members serve in their personal capacity. How would you keep your independence from the finance ministry of the State that nominated you?',
    promptFr:
      'Les membres siègent à titre personnel. Comment garderiez-vous votre indépendance à l’égard du ministère des finances de l’État qui vous présente ?',
    maxLength: 3000,
  },
  {
    key: 'ministry_position',
    kind: 'YES_NO',
    required: true,
    promptEn: 'Do you currently hold a post in your State’s ministry of finance or budget?',
    promptFr: 'Occupez-vous actuellement un poste au ministère des finances ou du budget de votre État ?',
  },
  {
    key: 'court_priorities',
    kind: 'TEXT',
    required: true,
    promptEn:
      'How would you weigh the Court’s needs (investigations, victims, legal aid) against States’ calls for zero nominal growth?',
    promptFr:
      'Comment mettriez-vous en balance les besoins de la Cour (enquêtes, victimes, aide judiciaire) et les appels des États à une croissance nominale zéro ?',
    maxLength: 3000,
  },
  {
    key: 'working_languages',
    kind: 'MULTI_CHOICE',
    required: true,
    promptEn: 'In which working languages of the Court are you fluent?',
    promptFr: 'Quelles langues de travail de la Cour maîtrisez-vous couramment ?',
    options: [
      { key: 'en', labelEn: 'English', labelFr: 'Anglais' },
      { key: 'fr', labelEn: 'French', labelFr: 'Français' },
      { key: 'other', labelEn: 'Another language', labelFr: 'Une autre langue' },
    ],
  },
];

const CRITERION_SCALE = ['MEETS_FULLY', 'MEETS', 'DOES_NOT_MEET'];
const OVERALL_SCALE = ['HIGHLY_QUALIFIED', 'QUALIFIED', 'NOT_QUALIFIED'];
const CBF_RUBRIC_KEY = 'cbf-default';
const CBF_RUBRIC_CRITERIA = [
  // ICC-ASP/1/Res.4: recognised standing and experience in financial matters at the international level
  [
    'financial_expertise',
    'Recognised standing and experience in financial matters at the international level',
    'Compétence et expérience reconnues dans le domaine financier au niveau international',
  ],
  // practice: the Committee reviews the Court's programme budget
  ['budget_oversight', 'Experience of budget oversight and audit', 'Expérience du contrôle budgétaire et de l’audit'],
  // ICC-ASP/1/Res.4: members serve in their personal capacity
  [
    'independence',
    'Independence from the nominating State’s finance ministry',
    'Indépendance à l’égard du ministère des finances de l’État qui présente la candidature',
  ],
  // practice
  [
    'international_organisations',
    'Experience with international organisations’ budgets',
    'Expérience des budgets des organisations internationales',
  ],
].map(([key, labelEn, labelFr]) => ({ key, labelEn, labelFr, scale: CRITERION_SCALE }));

/**
 * Issue 11, elections as they are held: the Committee on Budget and Finance as a fifth election
 * type (with its default questionnaire and rubric); who nominated a candidate (a State Party, or the
 * Prosecutor for Deputies, art. 42(4)); the Prosecutor in office for a Deputy election (art. 42(2));
 * the regional seats up in a TFV or CBF election; the reason for concluding with seats left;
 * exceptional extensions of a nomination period; a sitting judge's group taken from the States table.
 */
export class ElectionsAsHeld1795470300000 implements MigrationInterface {
  name = 'ElectionsAsHeld1795470300000';
  // ALTER TYPE ... ADD VALUE may run in a transaction on PostgreSQL 12+, but the new value cannot be
  // used before that transaction commits, and the CBF defaults below use it: so the value is added
  // on its own (idempotent), then everything else runs in one transaction of this migration's.
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."election_type" ADD VALUE IF NOT EXISTS '${CBF}'`);
    await queryRunner.startTransaction();
    try {
      await queryRunner.query(`CREATE TYPE "public"."nominator" AS ENUM('STATE_PARTY', 'PROSECUTOR')`);
      await queryRunner.query(
        `ALTER TABLE "candidacy" ADD "nominated_by" "public"."nominator" NOT NULL DEFAULT 'STATE_PARTY'`,
      );
      await queryRunner.query(`ALTER TABLE "candidacy" ALTER COLUMN "nominating_state_code" DROP NOT NULL`);
      await queryRunner.query(
        `ALTER TABLE "candidacy" ADD CONSTRAINT "ck_candidacy_nominator" CHECK (("nominated_by" = 'STATE_PARTY') = ("nominating_state_code" IS NOT NULL))`,
      );
      await queryRunner.query(`ALTER TABLE "election" ADD "regional_seats" jsonb`);
      await queryRunner.query(`ALTER TABLE "election" ADD "prosecutor_name" text`);
      await queryRunner.query(`ALTER TABLE "election" ADD "prosecutor_nationality" character(2)`);
      await queryRunner.query(`ALTER TABLE "election" ADD "conclusion_reason" text`);
      await queryRunner.query(`ALTER TABLE "nomination_extension" ADD "exceptional" boolean NOT NULL DEFAULT false`);
      await queryRunner.query(`ALTER TABLE "nomination_extension" ADD "decision_reference" text`);
      await queryRunner.query(`ALTER TABLE "sitting_judge" DROP COLUMN "regional_group"`);
      await queryRunner.query(
        `ALTER TABLE "sitting_judge" ADD CONSTRAINT "fk_sitting_judge_nationality" FOREIGN KEY ("nationality") REFERENCES "state_party"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `INSERT INTO "questionnaire_template" ("family", "version", "title", "election_type", "questions") VALUES ($1, 1, $2, $3, $4::jsonb)`,
        [
          CBF_TEMPLATE_FAMILY,
          'Civil society questionnaire for Committee on Budget and Finance candidates',
          CBF,
          JSON.stringify(CBF_QUESTIONS),
        ],
      );
      await queryRunner.query(
        `INSERT INTO "rubric" ("key", "name", "election_type", "criteria", "overall_scale") VALUES ($1, $2, $3, $4, $5)`,
        [
          CBF_RUBRIC_KEY,
          'Committee on Budget and Finance candidates (ICC-ASP/1/Res.4)',
          CBF,
          JSON.stringify(CBF_RUBRIC_CRITERIA),
          OVERALL_SCALE,
        ],
      );
      await queryRunner.commitTransaction();
    } catch (error) {
      await queryRunner.rollbackTransaction();
      throw error;
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "rubric" WHERE "key" = $1`, [CBF_RUBRIC_KEY]);
    await queryRunner.query(`DELETE FROM "questionnaire_template" WHERE "family" = $1 AND "version" = 1`, [
      CBF_TEMPLATE_FAMILY,
    ]);
    // Data this migration made possible cannot be folded back: say so rather than destroy it.
    const columns = (await queryRunner.query(
      `SELECT c.relname AS "table", a.attname AS "column" FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE t.typname = 'election_type' AND n.nspname = 'public' AND c.relkind = 'r' AND NOT a.attisdropped`,
    )) as { table: string; column: string }[];
    for (const { table, column } of columns) {
      const [{ n }] = (await queryRunner.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`, [
        CBF,
      ])) as [{ n: number }];
      if (n > 0) throw new Error(`Cannot revert: ${n} ${table} rows are of type ${CBF}; remove them first`);
    }
    const [{ prosecutorNominated }] = (await queryRunner.query(
      `SELECT count(*)::int AS "prosecutorNominated" FROM "candidacy" WHERE "nominating_state_code" IS NULL`,
    )) as [{ prosecutorNominated: number }];
    if (prosecutorNominated > 0) {
      throw new Error(`Cannot revert: ${prosecutorNominated} candidacies have no nominating State (the Prosecutor's)`);
    }

    await queryRunner.query(`ALTER TABLE "sitting_judge" DROP CONSTRAINT "fk_sitting_judge_nationality"`);
    await queryRunner.query(`ALTER TABLE "sitting_judge" ADD "regional_group" "public"."regional_group"`);
    await queryRunner.query(
      `UPDATE "sitting_judge" j SET "regional_group" = s."regional_group" FROM "state_party" s WHERE s."code" = j."nationality"`,
    );
    await queryRunner.query(`ALTER TABLE "sitting_judge" ALTER COLUMN "regional_group" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "nomination_extension" DROP COLUMN "decision_reference"`);
    await queryRunner.query(`ALTER TABLE "nomination_extension" DROP COLUMN "exceptional"`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "conclusion_reason"`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "prosecutor_nationality"`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "prosecutor_name"`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "regional_seats"`);
    await queryRunner.query(`ALTER TABLE "candidacy" DROP CONSTRAINT "ck_candidacy_nominator"`);
    await queryRunner.query(`ALTER TABLE "candidacy" ALTER COLUMN "nominating_state_code" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "candidacy" DROP COLUMN "nominated_by"`);
    await queryRunner.query(`DROP TYPE "public"."nominator"`);

    // PostgreSQL cannot drop an enum value: the type is rebuilt without it, column by column.
    await queryRunner.query(`ALTER TYPE "public"."election_type" RENAME TO "election_type_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."election_type" AS ENUM(${OLD_ELECTION_TYPES.map((t) => `'${t}'`).join(', ')})`,
    );
    for (const { table, column } of columns) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."election_type" USING "${column}"::text::"public"."election_type"`,
      );
    }
    await queryRunner.query(`DROP TYPE "public"."election_type_old"`);
  }
}
