import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public panel discussions with nominees (and each nominee's answer to the invitation), and the
 * elections team's outreach to States Parties that have not nominated (staff only).
 */
export class DiscussionsAndAdvocacy1795470500000 implements MigrationInterface {
  name = 'DiscussionsAndAdvocacy1795470500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."discussion_status" AS ENUM('SCHEDULED', 'CANCELLED', 'HELD')`);
    await queryRunner.query(
      `CREATE TABLE "discussion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "place" text, "online_url" text, "languages" text array NOT NULL, "moderators" text array NOT NULL DEFAULT '{}', "status" "public"."discussion_status" NOT NULL DEFAULT 'SCHEDULED', "cancellation_reason" text, "summary" text, "recording_url" text, "transcript_url" text, "questions" text array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_discussion_languages" CHECK (cardinality("languages") >= 1 AND "languages" <@ ARRAY['en', 'fr']::text[]), CONSTRAINT "ck_discussion_venue" CHECK ("place" IS NOT NULL OR "online_url" IS NOT NULL), CONSTRAINT "pk_discussion" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_discussion_election" ON "discussion" ("election_id", "starts_at")`);
    await queryRunner.query(
      `ALTER TABLE "discussion" ADD CONSTRAINT "fk_discussion_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`CREATE TYPE "public"."discussion_answer" AS ENUM('ACCEPTED', 'DECLINED', 'NO_REPLY')`);
    await queryRunner.query(
      `CREATE TABLE "discussion_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "discussion_id" uuid NOT NULL, "candidacy_id" uuid NOT NULL, "answer" "public"."discussion_answer" NOT NULL DEFAULT 'NO_REPLY', "answered_at" TIMESTAMP(3) WITH TIME ZONE, "mailed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_discussion_invitation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_discussion_invitation_discussion_candidacy" ON "discussion_invitation" ("discussion_id", "candidacy_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_discussion_invitation_candidacy" ON "discussion_invitation" ("candidacy_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_invitation" ADD CONSTRAINT "fk_discussion_invitation_discussion" FOREIGN KEY ("discussion_id") REFERENCES "discussion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_invitation" ADD CONSTRAINT "fk_discussion_invitation_candidacy" FOREIGN KEY ("candidacy_id") REFERENCES "candidacy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TYPE "public"."outreach_channel" AS ENUM('LETTER', 'MEETING', 'CALL', 'EMAIL', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "outreach_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "state_code" character(2) NOT NULL, "contacted_on" date NOT NULL, "channel" "public"."outreach_channel" NOT NULL, "note" text, "outcome" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_outreach_record" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outreach_record_state" ON "outreach_record" ("state_code", "contacted_on")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outreach_record_election_state" ON "outreach_record" ("election_id", "state_code")`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_record" ADD CONSTRAINT "fk_outreach_record_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_record" ADD CONSTRAINT "fk_outreach_record_state" FOREIGN KEY ("state_code") REFERENCES "state_party"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outreach_record"`);
    await queryRunner.query(`DROP TYPE "public"."outreach_channel"`);
    await queryRunner.query(`DROP TABLE "discussion_invitation"`);
    await queryRunner.query(`DROP TYPE "public"."discussion_answer"`);
    await queryRunner.query(`DROP TABLE "discussion"`);
    await queryRunner.query(`DROP TYPE "public"."discussion_status"`);
  }
}
