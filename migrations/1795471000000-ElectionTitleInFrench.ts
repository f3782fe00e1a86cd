import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Elections: a French title (optional), which nominees reading in French see in their page and
 * mails; and an index on the change time, so observers can sync with `elections(updatedSince)`.
 */
export class ElectionTitleInFrench1795471000000 implements MigrationInterface {
  name = 'ElectionTitleInFrench1795471000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "election" ADD "title_fr" text`);
    await queryRunner.query(`CREATE INDEX "ix_election_updated_at" ON "election" ("updated_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_election_updated_at"`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "title_fr"`);
  }
}
