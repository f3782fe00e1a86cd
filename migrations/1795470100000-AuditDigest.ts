import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditDigest1795470100000 implements MigrationInterface {
  name = 'AuditDigest1795470100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_digest" ("count" integer NOT NULL, "head_hash" character(64) NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_audit_digest" PRIMARY KEY ("count"))`,
    );
    // Append-only like audit_entry: a published digest is a promise about the past.
    await queryRunner.query(`
      CREATE FUNCTION "audit_digest_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_digest is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_digest_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_digest" FOR EACH ROW EXECUTE FUNCTION "audit_digest_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_digest_no_truncate" BEFORE TRUNCATE ON "audit_digest" FOR EACH STATEMENT EXECUTE FUNCTION "audit_digest_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_audit_digest_no_truncate" ON "audit_digest"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_digest_no_update_delete" ON "audit_digest"`);
    await queryRunner.query(`DROP FUNCTION "audit_digest_append_only"()`);
    await queryRunner.query(`DROP TABLE "audit_digest"`);
  }
}
