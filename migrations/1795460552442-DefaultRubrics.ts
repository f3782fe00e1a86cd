import type { MigrationInterface, QueryRunner } from 'typeorm';

const CRITERION_SCALE = ['MEETS_FULLY', 'MEETS', 'DOES_NOT_MEET'];
const OVERALL_SCALE = ['HIGHLY_QUALIFIED', 'QUALIFIED', 'NOT_QUALIFIED'];

const criterion = (key: string, labelEn: string, labelFr: string) => ({
  key,
  labelEn,
  labelFr,
  scale: CRITERION_SCALE,
});

// Reference data: default rubrics built from the qualifications in icc-election-rules.md. A panel may
// also define its own; these rows are never edited in place (a correction is a new migration).
const RUBRICS = [
  {
    key: 'judges-default',
    name: 'Judicial candidates (Rome Statute art. 36(3) and 36(8))',
    electionType: 'JUDGES',
    criteria: [
      // art. 36(3)(a)
      criterion(
        'moral_character',
        'High moral character, impartiality and integrity',
        'Haute moralité, impartialité et intégrité',
      ),
      // art. 36(3)(a)
      criterion(
        'highest_judicial_office',
        'Qualifications required in their State for appointment to the highest judicial offices',
        'Qualifications requises dans leur État pour l’exercice des plus hautes fonctions judiciaires',
      ),
      // art. 36(3)(b)
      criterion(
        'legal_competence',
        'Established competence in criminal law and procedure (list A) or in relevant areas of international law (list B)',
        'Compétence reconnue en droit pénal et en procédure pénale (liste A) ou dans des domaines pertinents du droit international (liste B)',
      ),
      // art. 36(3)(b)(i)-(ii)
      criterion(
        'relevant_experience',
        'Relevant experience as judge, prosecutor, advocate or in a professional legal capacity',
        'Expérience pertinente en qualité de juge, de procureur, d’avocat ou en une autre qualité juridique',
      ),
      // art. 36(3)(c)
      criterion(
        'language_fluency',
        'Excellent knowledge of and fluency in English or French',
        'Excellente connaissance et pratique courante de l’anglais ou du français',
      ),
      // art. 36(8)(b)
      criterion(
        'violence_against_women_children',
        'Legal expertise on specific issues, including violence against women or children',
        'Compétences juridiques sur des questions spécifiques, y compris la violence contre les femmes ou les enfants',
      ),
    ],
  },
  {
    key: 'prosecutor-default',
    name: 'Prosecutor candidates (Rome Statute art. 42(3))',
    electionType: 'PROSECUTOR',
    criteria: [
      // art. 42(3)
      criterion('moral_character', 'High moral character and integrity', 'Haute moralité et intégrité'),
      // art. 42(3)
      criterion(
        'prosecution_experience',
        'High competence in and extensive practical experience of the prosecution or trial of criminal cases',
        'Grande compétence et solide expérience pratique en matière de poursuites ou de procès pénaux',
      ),
      // art. 42(3)
      criterion(
        'language_fluency',
        'Excellent knowledge of and fluency in at least one of the working languages of the Court',
        'Excellente connaissance et pratique courante d’au moins une des langues de travail de la Cour',
      ),
      // practice: leadership of the Office, assessed by the Committee on the Election of the Prosecutor
      criterion(
        'leadership',
        'Leadership and management of a large, independent office',
        'Direction et gestion d’un bureau important et indépendant',
      ),
    ],
  },
  {
    key: 'tfv-board-default',
    name: 'Trust Fund for Victims Board candidates (ICC-ASP/1/Res.7)',
    electionType: 'TFV_BOARD',
    criteria: [
      // ICC-ASP/1/Res.7 (to confirm paragraph)
      criterion(
        'moral_character',
        'High moral character, impartiality and integrity',
        'Haute moralité, impartialité et intégrité',
      ),
      // ICC-ASP/1/Res.7 (to confirm paragraph)
      criterion(
        'victim_assistance',
        'Competence in the assistance to victims of serious crimes',
        'Compétence dans l’assistance aux victimes de crimes graves',
      ),
      // practice
      criterion(
        'governance',
        'Experience of governance, oversight or resource mobilisation',
        'Expérience de la gouvernance, du contrôle ou de la mobilisation de ressources',
      ),
    ],
  },
];

export class DefaultRubrics1795460552442 implements MigrationInterface {
  name = 'DefaultRubrics1795460552442';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const r of RUBRICS) {
      await queryRunner.query(
        `INSERT INTO "rubric" ("key", "name", "election_type", "criteria", "overall_scale") VALUES ($1, $2, $3, $4, $5)`,
        [r.key, r.name, r.electionType, JSON.stringify(r.criteria), OVERALL_SCALE],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "rubric" WHERE "key" = ANY($1)`, [RUBRICS.map((r) => r.key)]);
  }
}
