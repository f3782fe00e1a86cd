import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BallotRounds1795460299679 implements MigrationInterface {
  name = 'BallotRounds1795460299679';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ballot_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "number" integer NOT NULL, "held_on" date NOT NULL, "by_acclamation" boolean NOT NULL DEFAULT false, "ballot_papers" integer, "invalid_ballots" integer, "abstentions" integer, "valid_ballots" integer, "states_parties" integer NOT NULL, "votes_required" integer, "votes" jsonb NOT NULL, "withdrawn_before" jsonb NOT NULL, "requirements" jsonb, "outcome" jsonb NOT NULL, "next_requirements" jsonb, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_ballot_round" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_ballot_round_number" ON "ballot_round"  ("election_id", "number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_round" ADD CONSTRAINT "fk_ballot_round_election" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballot_round" DROP CONSTRAINT "fk_ballot_round_election"`);
    await queryRunner.query(`DROP INDEX "public"."ux_ballot_round_number"`);
    await queryRunner.query(`DROP TABLE "ballot_round"`);
  }
}
