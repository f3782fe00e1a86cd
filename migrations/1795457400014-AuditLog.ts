import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795457400014 implements MigrationInterface {
  name = 'AuditLog1795457400014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("seq" bigint NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_kind" text NOT NULL, "actor_id" text, "operation" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, "client_address" text, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "pk_audit_entry" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_audit_entry_hash" ON "audit_entry"  ("hash") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_occurred_at" ON "audit_entry"  ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_operation" ON "audit_entry"  ("operation", "seq") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_actor" ON "audit_entry"  ("actor_kind", "actor_id", "seq") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_entry_entity" ON "audit_entry"  ("entity_type", "entity_id", "seq") `,
    );
    // Append-only, enforced by the database itself: even a bug in the app cannot rewrite history.
    await queryRunner.query(`
      CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_entry_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_audit_entry_no_truncate" ON "audit_entry"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_entry_no_update_delete" ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION "audit_entry_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_actor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_operation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ux_audit_entry_hash"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
