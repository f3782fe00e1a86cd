import type { MigrationInterface, QueryRunner } from 'typeorm';

// The French titles of the coalition's default templates (migrations 1795461000000 and, for the Committee on
// Budget and Finance, 1795470300000), which had none:
// reference data, as their questions' French prompts are.
const DEFAULT_TITLES_FR: [family: string, titleFr: string][] = [
  [
    '6a3f2a10-7c1e-4b8a-9d2e-0a1b2c3d4e51',
    'Questionnaire de la société civile à l’intention des candidats aux fonctions de juge',
  ],
  [
    '6a3f2a10-7c1e-4b8a-9d2e-0a1b2c3d4e52',
    'Questionnaire de la société civile à l’intention des candidats au poste de Procureur',
  ],
  [
    '6a3f2a10-7c1e-4b8a-9d2e-0a1b2c3d4e53',
    'Questionnaire de la société civile à l’intention des candidats au Conseil de direction du Fonds au profit des victimes',
  ],
  [
    '6a3f2a10-7c1e-4b8a-9d2e-0a1b2c3d4e54',
    'Questionnaire de la société civile à l’intention des candidats au poste de Procureur adjoint',
  ],
  [
    '6a3f2a10-7c1e-4b8a-9d2e-0a1b2c3d4e55',
    'Questionnaire de la société civile à l’intention des candidats au Comité du budget et des finances',
  ],
];

/**
 * Questionnaire templates and issued questionnaires: a French title (optional), which nominees
 * reading in French see in their page; an issued questionnaire keeps its template's, as it keeps its title.
 */
export class QuestionnaireTitleInFrench1795471100000 implements MigrationInterface {
  name = 'QuestionnaireTitleInFrench1795471100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questionnaire_template" ADD "title_fr" text`);
    await queryRunner.query(`ALTER TABLE "questionnaire" ADD "title_fr" text`);
    for (const [family, titleFr] of DEFAULT_TITLES_FR) {
      await queryRunner.query(
        `UPDATE "questionnaire_template" SET "title_fr" = $2 WHERE "family" = $1 AND "version" = 1`,
        [family, titleFr],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP COLUMN "title_fr"`);
    await queryRunner.query(`ALTER TABLE "questionnaire_template" DROP COLUMN "title_fr"`);
  }
}
