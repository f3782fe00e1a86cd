import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Questionnaires1795460515674 implements MigrationInterface {
  name = 'Questionnaires1795460515674';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mail_status" AS ENUM('PENDING', 'SENT', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "mail_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "invitation_id" uuid, "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "status" "public"."mail_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_error" text, "sent_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mail_message" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mail_message_invitation" ON "mail_message"  ("invitation_id") `);
    await queryRunner.query(`CREATE INDEX "ix_mail_message_due" ON "mail_message"  ("status", "next_attempt_at") `);
    await queryRunner.query(
      `CREATE TABLE "questionnaire_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family" uuid NOT NULL, "version" integer NOT NULL, "title" text NOT NULL, "election_type" "public"."election_type" NOT NULL, "questions" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_questionnaire_template" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_questionnaire_template_version" ON "questionnaire_template"  ("family", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questionnaire" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "template_id" uuid NOT NULL, "title" text NOT NULL, "questions" jsonb NOT NULL, "deadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "publish_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_questionnaire" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_questionnaire_election" ON "questionnaire"  ("election_id") `);
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "questionnaire_id" uuid NOT NULL, "candidacy_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "viewed_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_invitation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_invitation_token_hash" ON "invitation"  ("token_hash") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_invitation_active" ON "invitation"  ("questionnaire_id", "candidacy_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."response_status" AS ENUM('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'DECLINED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "questionnaire_id" uuid NOT NULL, "candidacy_id" uuid NOT NULL, "status" "public"."response_status" NOT NULL DEFAULT 'NOT_STARTED', "answers" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "submitted_late" boolean NOT NULL DEFAULT false, "decline_reason" text, "extended_deadline" TIMESTAMP(3) WITH TIME ZONE, "extension_reason" text, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_response" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_response_questionnaire_candidacy" ON "response"  ("questionnaire_id", "candidacy_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "response_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "response_id" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."response_status" NOT NULL, "answers" jsonb NOT NULL, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_response_revision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_response_revision_version" ON "response_revision"  ("response_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire" ADD CONSTRAINT "fk_questionnaire_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire" ADD CONSTRAINT "fk_questionnaire_template" FOREIGN KEY ("template_id") REFERENCES "questionnaire_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_candidacy" FOREIGN KEY ("candidacy_id") REFERENCES "candidacy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response" ADD CONSTRAINT "fk_response_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response" ADD CONSTRAINT "fk_response_candidacy" FOREIGN KEY ("candidacy_id") REFERENCES "candidacy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_revision" ADD CONSTRAINT "fk_response_revision_response" FOREIGN KEY ("response_id") REFERENCES "response"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "response_revision" DROP CONSTRAINT "fk_response_revision_response"`);
    await queryRunner.query(`ALTER TABLE "response" DROP CONSTRAINT "fk_response_candidacy"`);
    await queryRunner.query(`ALTER TABLE "response" DROP CONSTRAINT "fk_response_questionnaire"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_candidacy"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_questionnaire"`);
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP CONSTRAINT "fk_questionnaire_template"`);
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP CONSTRAINT "fk_questionnaire_election"`);
    await queryRunner.query(`DROP INDEX "public"."ux_response_revision_version"`);
    await queryRunner.query(`DROP TABLE "response_revision"`);
    await queryRunner.query(`DROP INDEX "public"."ux_response_questionnaire_candidacy"`);
    await queryRunner.query(`DROP TABLE "response"`);
    await queryRunner.query(`DROP TYPE "public"."response_status"`);
    await queryRunner.query(`DROP INDEX "public"."ux_invitation_active"`);
    await queryRunner.query(`DROP INDEX "public"."ux_invitation_token_hash"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_questionnaire_election"`);
    await queryRunner.query(`DROP TABLE "questionnaire"`);
    await queryRunner.query(`DROP INDEX "public"."ux_questionnaire_template_version"`);
    await queryRunner.query(`DROP TABLE "questionnaire_template"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_message_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_message_invitation"`);
    await queryRunner.query(`DROP TABLE "mail_message"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
  }
}
