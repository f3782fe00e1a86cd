import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PanelsAndInterviews1795460552441 implements MigrationInterface {
  name = 'PanelsAndInterviews1795460552441';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rubric" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "election_type" "public"."election_type", "criteria" jsonb NOT NULL, "overall_scale" text array NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_rubric" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_rubric_key" ON "rubric"  ("key") `);
    await queryRunner.query(
      `CREATE TYPE "public"."panel_kind" AS ENUM('INDEPENDENT_PANEL', 'ADVISORY_COMMITTEE', 'CUSTOM')`,
    );
    await queryRunner.query(
      `CREATE TABLE "panel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."panel_kind" NOT NULL, "rubric_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_panel" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."interview_mode" AS ENUM('IN_PERSON', 'VIDEO', 'WRITTEN')`);
    await queryRunner.query(
      `CREATE TYPE "public"."interview_status" AS ENUM('SCHEDULED', 'HELD', 'CANCELLED', 'DECLINED_BY_NOMINEE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "interview" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "panel_id" uuid NOT NULL, "candidacy_id" uuid NOT NULL, "scheduled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "mode" "public"."interview_mode" NOT NULL, "status" "public"."interview_status" NOT NULL DEFAULT 'SCHEDULED', "held_at" TIMESTAMP(3) WITH TIME ZONE, "duration_minutes" integer, "members_present" uuid array NOT NULL DEFAULT '{}', "public_summary" text, "private_notes" text, "conclusion_overall" text, "conclusion_criteria" jsonb, "concluded_at" TIMESTAMP(3) WITH TIME ZONE, "published_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_interview" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_interview_panel" ON "interview"  ("panel_id") `);
    await queryRunner.query(`CREATE INDEX "ix_interview_candidacy" ON "interview"  ("candidacy_id", "scheduled_at") `);
    await queryRunner.query(`CREATE TYPE "public"."panel_member_role" AS ENUM('CHAIR', 'MEMBER')`);
    await queryRunner.query(
      `CREATE TABLE "panel_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "panel_id" uuid NOT NULL, "full_name" text NOT NULL, "nationality" character(2) NOT NULL, "affiliation" text, "role" "public"."panel_member_role" NOT NULL, "staff_user_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_panel_member" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_panel_member_staff_user" ON "panel_member"  ("staff_user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_panel_member_panel_staff_user" ON "panel_member"  ("panel_id", "staff_user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_panel_member_panel" ON "panel_member"  ("panel_id") `);
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "interview_id" uuid NOT NULL, "member_id" uuid NOT NULL, "scores" jsonb NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_assessment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_assessment_interview_member" ON "assessment"  ("interview_id", "member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dissent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "interview_id" uuid NOT NULL, "member_id" uuid NOT NULL, "text" text NOT NULL, "consent_to_be_named" boolean NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_dissent" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_dissent_interview_member" ON "dissent"  ("interview_id", "member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "panel_election" ("panel_id" uuid NOT NULL, "election_id" uuid NOT NULL, CONSTRAINT "pk_panel_election" PRIMARY KEY ("panel_id", "election_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_panel_election_election" ON "panel_election"  ("election_id") `);
    await queryRunner.query(
      `CREATE TABLE "recusal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "candidacy_id" uuid NOT NULL, "reason" text NOT NULL, "declared_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_recusal" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_recusal_candidacy" ON "recusal"  ("candidacy_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_recusal_member_candidacy" ON "recusal"  ("member_id", "candidacy_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "panel" ADD CONSTRAINT "fk_panel_rubric" FOREIGN KEY ("rubric_id") REFERENCES "rubric"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview" ADD CONSTRAINT "fk_interview_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interview" ADD CONSTRAINT "fk_interview_candidacy" FOREIGN KEY ("candidacy_id") REFERENCES "candidacy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_member" ADD CONSTRAINT "fk_panel_member_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_member" ADD CONSTRAINT "fk_panel_member_staff_user" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_interview" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_member" FOREIGN KEY ("member_id") REFERENCES "panel_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dissent" ADD CONSTRAINT "fk_dissent_interview" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dissent" ADD CONSTRAINT "fk_dissent_member" FOREIGN KEY ("member_id") REFERENCES "panel_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_election" ADD CONSTRAINT "fk_panel_election_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_election" ADD CONSTRAINT "fk_panel_election_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recusal" ADD CONSTRAINT "fk_recusal_member" FOREIGN KEY ("member_id") REFERENCES "panel_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recusal" ADD CONSTRAINT "fk_recusal_candidacy" FOREIGN KEY ("candidacy_id") REFERENCES "candidacy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recusal" DROP CONSTRAINT "fk_recusal_candidacy"`);
    await queryRunner.query(`ALTER TABLE "recusal" DROP CONSTRAINT "fk_recusal_member"`);
    await queryRunner.query(`ALTER TABLE "panel_election" DROP CONSTRAINT "fk_panel_election_election"`);
    await queryRunner.query(`ALTER TABLE "panel_election" DROP CONSTRAINT "fk_panel_election_panel"`);
    await queryRunner.query(`ALTER TABLE "dissent" DROP CONSTRAINT "fk_dissent_member"`);
    await queryRunner.query(`ALTER TABLE "dissent" DROP CONSTRAINT "fk_dissent_interview"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_member"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_interview"`);
    await queryRunner.query(`ALTER TABLE "panel_member" DROP CONSTRAINT "fk_panel_member_staff_user"`);
    await queryRunner.query(`ALTER TABLE "panel_member" DROP CONSTRAINT "fk_panel_member_panel"`);
    await queryRunner.query(`ALTER TABLE "interview" DROP CONSTRAINT "fk_interview_candidacy"`);
    await queryRunner.query(`ALTER TABLE "interview" DROP CONSTRAINT "fk_interview_panel"`);
    await queryRunner.query(`ALTER TABLE "panel" DROP CONSTRAINT "fk_panel_rubric"`);
    await queryRunner.query(`DROP INDEX "public"."ux_recusal_member_candidacy"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recusal_candidacy"`);
    await queryRunner.query(`DROP TABLE "recusal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_panel_election_election"`);
    await queryRunner.query(`DROP TABLE "panel_election"`);
    await queryRunner.query(`DROP INDEX "public"."ux_dissent_interview_member"`);
    await queryRunner.query(`DROP TABLE "dissent"`);
    await queryRunner.query(`DROP INDEX "public"."ux_assessment_interview_member"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_panel_member_panel"`);
    await queryRunner.query(`DROP INDEX "public"."ux_panel_member_panel_staff_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_panel_member_staff_user"`);
    await queryRunner.query(`DROP TABLE "panel_member"`);
    await queryRunner.query(`DROP TYPE "public"."panel_member_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_interview_candidacy"`);
    await queryRunner.query(`DROP INDEX "public"."ix_interview_panel"`);
    await queryRunner.query(`DROP TABLE "interview"`);
    await queryRunner.query(`DROP TYPE "public"."interview_status"`);
    await queryRunner.query(`DROP TYPE "public"."interview_mode"`);
    await queryRunner.query(`DROP TABLE "panel"`);
    await queryRunner.query(`DROP TYPE "public"."panel_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ux_rubric_key"`);
    await queryRunner.query(`DROP TABLE "rubric"`);
  }
}
