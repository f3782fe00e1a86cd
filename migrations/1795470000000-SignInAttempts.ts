import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in counters shared by every instance: attempts per address and minute, failures per e-mail. */
export class SignInAttempts1795470000000 implements MigrationInterface {
  name = 'SignInAttempts1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_window" ("scope" text NOT NULL, "subject" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "pk_sign_in_window" PRIMARY KEY ("scope", "subject", "window_start"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sign_in_window_start" ON "sign_in_window" ("window_start")`);
    await queryRunner.query(
      `CREATE TABLE "sign_in_backoff" ("account_key" character(64) NOT NULL, "failures" integer NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_sign_in_backoff" PRIMARY KEY ("account_key"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sign_in_backoff_last_attempt" ON "sign_in_backoff" ("last_attempt_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_backoff_last_attempt"`);
    await queryRunner.query(`DROP TABLE "sign_in_backoff"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_window_start"`);
    await queryRunner.query(`DROP TABLE "sign_in_window"`);
  }
}
