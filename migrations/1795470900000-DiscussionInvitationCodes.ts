import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A discussion invitation carries its own code (stored as its SHA-256 hash), so a nominee with no
 * live questionnaire invitation can still open their page and answer. Invitations made before
 * this have no code: those nominees answer with their questionnaire code, as before.
 */
export class DiscussionInvitationCodes1795470900000 implements MigrationInterface {
  name = 'DiscussionInvitationCodes1795470900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_invitation" ADD "token_hash" character(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_discussion_invitation_token_hash" ON "discussion_invitation" ("token_hash")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_discussion_invitation_token_hash"`);
    await queryRunner.query(`ALTER TABLE "discussion_invitation" DROP COLUMN "token_hash"`);
  }
}
