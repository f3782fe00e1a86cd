import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SlateFlagEvents1795460018710 implements MigrationInterface {
  name = 'SlateFlagEvents1795460018710';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."slate_flag_scope" AS ENUM('ELECTION', 'REGIONAL_SEAT', 'LIST', 'GENDER', 'REGIONAL_GROUP', 'POST')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."slate_flag_kind" AS ENUM('CLEAN_SLATE', 'UNDERSUBSCRIBED', 'VACANT', 'NO_CHOICE', 'NOMINATION_SHORTFALL', 'SINGLE_CANDIDATE')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."slate_flag_change" AS ENUM('RAISED', 'CLEARED', 'CHANGED')`);
    await queryRunner.query(
      `CREATE TABLE "slate_flag_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" integer NOT NULL, "election_id" uuid NOT NULL, "flag_key" text NOT NULL, "scope" "public"."slate_flag_scope" NOT NULL, "scope_value" text, "kind" "public"."slate_flag_kind" NOT NULL, "change" "public"."slate_flag_change" NOT NULL, "seats" integer NOT NULL, "candidates" integer NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "operation" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, CONSTRAINT "pk_slate_flag_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_slate_flag_event_election" ON "slate_flag_event"  ("election_id", "at", "seq") `,
    );
    await queryRunner.query(
      `ALTER TABLE "slate_flag_event" ADD CONSTRAINT "fk_slate_flag_event_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "slate_flag_event" DROP CONSTRAINT "fk_slate_flag_event_election"`);
    await queryRunner.query(`DROP INDEX "public"."ix_slate_flag_event_election"`);
    await queryRunner.query(`DROP TABLE "slate_flag_event"`);
    await queryRunner.query(`DROP TYPE "public"."slate_flag_change"`);
    await queryRunner.query(`DROP TYPE "public"."slate_flag_kind"`);
    await queryRunner.query(`DROP TYPE "public"."slate_flag_scope"`);
  }
}
