import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795456379909 implements MigrationInterface {
  name = 'Init1795456379909';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."staff_role" AS ENUM('ADMIN', 'ELECTIONS_OFFICER', 'PANEL_MEMBER')`);
    await queryRunner.query(`CREATE TABLE "staff_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" "public"."staff_role" NOT NULL, "disabled_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_staff_user" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_staff_user_email" ON "staff_user"  ("email") `);
    await queryRunner.query(`CREATE TYPE "public"."election_type" AS ENUM('JUDGES', 'PROSECUTOR', 'DEPUTY_PROSECUTOR', 'TFV_BOARD')`);
    await queryRunner.query(`CREATE TYPE "public"."election_status" AS ENUM('DRAFT', 'NOMINATIONS_OPEN', 'NOMINATIONS_CLOSED', 'VOTING', 'CONCLUDED')`);
    await queryRunner.query(`CREATE TABLE "election" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."election_type" NOT NULL, "title" text NOT NULL, "asp_session" text NOT NULL, "seats" integer NOT NULL, "term_starts_on" date, "term_ends_on" date, "nomination_opens_on" date NOT NULL, "nomination_closes_on" date NOT NULL, "voting_starts_on" date, "status" "public"."election_status" NOT NULL DEFAULT 'DRAFT', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_election_nomination_period" CHECK ("nomination_opens_on" <= "nomination_closes_on"), CONSTRAINT "ck_election_seats_positive" CHECK ("seats" > 0), CONSTRAINT "pk_election" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_election_listing" ON "election"  ("nomination_opens_on", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."regional_group" AS ENUM('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_AND_CARIBBEAN', 'WESTERN_EUROPEAN_AND_OTHER')`);
    await queryRunner.query(`CREATE TABLE "state_party" ("code" character(2) NOT NULL, "name" text NOT NULL, "regional_group" "public"."regional_group" NOT NULL, "deposited_on" date, "joined_on" date NOT NULL, "left_on" date, "source" text, CONSTRAINT "pk_state_party" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "ix_state_party_regional_group" ON "state_party"  ("regional_group") `);
    await queryRunner.query(`CREATE TYPE "public"."gender" AS ENUM('FEMALE', 'MALE')`);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" text NOT NULL, "gender" "public"."gender" NOT NULL, "nationality" character(2) NOT NULL, "other_nationalities" character(2) array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "biography" text, "contact_email" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_person" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_person_full_name" ON "person"  ("full_name") `);
    await queryRunner.query(`CREATE TYPE "public"."judge_list" AS ENUM('A', 'B')`);
    await queryRunner.query(`CREATE TYPE "public"."nomination_procedure" AS ENUM('HIGHEST_JUDICIAL_OFFICES', 'ICJ_PROCEDURE')`);
    await queryRunner.query(`CREATE TYPE "public"."candidacy_status" AS ENUM('NOMINATED', 'WITHDRAWN', 'ELECTED', 'NOT_ELECTED')`);
    await queryRunner.query(`CREATE TABLE "candidacy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "person_id" uuid NOT NULL, "nominating_state_code" character(2) NOT NULL, "list" "public"."judge_list", "nomination_procedure" "public"."nomination_procedure", "post" integer, "status" "public"."candidacy_status" NOT NULL DEFAULT 'NOMINATED', "nominated_on" date NOT NULL, "withdrawn_on" date, "withdrawal_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "pk_candidacy" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_candidacy_person" ON "candidacy"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "ix_candidacy_listing" ON "candidacy"  ("election_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_candidacy_election_person" ON "candidacy"  ("election_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "nomination_extension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "sequence" integer NOT NULL, "previous_closes_on" date NOT NULL, "closes_on" date NOT NULL, "reason" text NOT NULL, "decided_on" date NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_nomination_extension" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_nomination_extension_sequence" ON "nomination_extension"  ("election_id", "sequence") `);
    await queryRunner.query(`CREATE TABLE "sitting_judge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "full_name" text NOT NULL, "nationality" character(2) NOT NULL, "gender" "public"."gender" NOT NULL, "list" "public"."judge_list" NOT NULL, "regional_group" "public"."regional_group" NOT NULL, "term_ends_on" date, CONSTRAINT "pk_sitting_judge" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_sitting_judge_election" ON "sitting_judge"  ("election_id") `);
    await queryRunner.query(`ALTER TABLE "candidacy" ADD CONSTRAINT "fk_candidacy_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidacy" ADD CONSTRAINT "fk_candidacy_person" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidacy" ADD CONSTRAINT "fk_candidacy_nominating_state" FOREIGN KEY ("nominating_state_code") REFERENCES "state_party"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "nomination_extension" ADD CONSTRAINT "fk_nomination_extension_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sitting_judge" ADD CONSTRAINT "fk_sitting_judge_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sitting_judge" DROP CONSTRAINT "fk_sitting_judge_election"`);
    await queryRunner.query(`ALTER TABLE "nomination_extension" DROP CONSTRAINT "fk_nomination_extension_election"`);
    await queryRunner.query(`ALTER TABLE "candidacy" DROP CONSTRAINT "fk_candidacy_nominating_state"`);
    await queryRunner.query(`ALTER TABLE "candidacy" DROP CONSTRAINT "fk_candidacy_person"`);
    await queryRunner.query(`ALTER TABLE "candidacy" DROP CONSTRAINT "fk_candidacy_election"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sitting_judge_election"`);
    await queryRunner.query(`DROP TABLE "sitting_judge"`);
    await queryRunner.query(`DROP INDEX "public"."ux_nomination_extension_sequence"`);
    await queryRunner.query(`DROP TABLE "nomination_extension"`);
    await queryRunner.query(`DROP INDEX "public"."ux_candidacy_election_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidacy_listing"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidacy_person"`);
    await queryRunner.query(`DROP TABLE "candidacy"`);
    await queryRunner.query(`DROP TYPE "public"."candidacy_status"`);
    await queryRunner.query(`DROP TYPE "public"."nomination_procedure"`);
    await queryRunner.query(`DROP TYPE "public"."judge_list"`);
    await queryRunner.query(`DROP INDEX "public"."ix_person_full_name"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TYPE "public"."gender"`);
    await queryRunner.query(`DROP INDEX "public"."ix_state_party_regional_group"`);
    await queryRunner.query(`DROP TABLE "state_party"`);
    await queryRunner.query(`DROP TYPE "public"."regional_group"`);
    await queryRunner.query(`DROP INDEX "public"."ix_election_listing"`);
    await queryRunner.query(`DROP TABLE "election"`);
    await queryRunner.query(`DROP TYPE "public"."election_status"`);
    await queryRunner.query(`DROP TYPE "public"."election_type"`);
    await queryRunner.query(`DROP INDEX "public"."ux_staff_user_email"`);
    await queryRunner.query(`DROP TABLE "staff_user"`);
    await queryRunner.query(`DROP TYPE "public"."staff_role"`);
  }
}
