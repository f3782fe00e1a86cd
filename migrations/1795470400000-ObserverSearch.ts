import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Observers' search: names found whatever their accents and case ("Gonzalez" finds "González").
 * `unaccent` is not IMMUTABLE (its dictionary could change), so an immutable wrapper naming the
 * dictionary is what the trigram index and the queries both use. Both extensions are "trusted"
 * (PostgreSQL 13+): the schema owner may create them without being a superuser.
 */
export class ObserverSearch1795470400000 implements MigrationInterface {
  name = 'ObserverSearch1795470400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "unaccent"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pg_trgm"`);
    await queryRunner.query(
      `CREATE FUNCTION "search_text"(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_person_full_name_search" ON "person" USING gin ("search_text"("full_name") gin_trgm_ops)`,
    );
    // Sync by change time: candidacies and people changed since an instant.
    await queryRunner.query(`CREATE INDEX "ix_candidacy_updated_at" ON "candidacy" ("updated_at", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_person_updated_at" ON "person" ("updated_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_person_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidacy_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_person_full_name_search"`);
    await queryRunner.query(`DROP FUNCTION "search_text"(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS "pg_trgm"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS "unaccent"`);
  }
}
