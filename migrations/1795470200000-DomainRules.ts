import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9's domain rules: a token epoch per staff account (disabling bumps it, so old tokens stay
 * dead after re-enabling), the time of the last manual reminder per questionnaire, and the facts
 * blind scoring needs: when a member first saw the others' scores, the chair's reopening, and
 * whether any score was revised after disclosure.
 */
export class DomainRules1795470200000 implements MigrationInterface {
  name = 'DomainRules1795470200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_user" ADD "token_epoch" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "questionnaire" ADD "last_manual_reminder_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "others_seen_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "reopened_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "reopen_reason" text`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "revised_after_disclosure" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "interview" ADD "scores_revised_after_disclosure" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interview" DROP COLUMN "scores_revised_after_disclosure"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "revised_after_disclosure"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "reopen_reason"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "reopened_at"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "others_seen_at"`);
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP COLUMN "last_manual_reminder_at"`);
    await queryRunner.query(`ALTER TABLE "staff_user" DROP COLUMN "token_epoch"`);
  }
}
