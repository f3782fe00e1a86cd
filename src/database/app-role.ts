import type pg from 'pg';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates (or updates) the login role the application connects as: no superuser, no ownership, so it
 * cannot disable the audit log's triggers, truncate it, or alter any table. Needs CREATEROLE.
 */
export async function ensureAppRole(client: pg.Client, role: string, password: string): Promise<void> {
  const attributes = `LOGIN PASSWORD ${quoteLiteral(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`;
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.rowCount === 0) {
    try {
      await client.query(`CREATE ROLE ${quoteIdent(role)} ${attributes}`);
      return;
    } catch (error) {
      // Another process created it at the same moment: fall through and set its password.
      if ((error as { code?: string }).code !== '42710') throw error;
    }
  }
  await client.query(`ALTER ROLE ${quoteIdent(role)} ${attributes}`);
}

/**
 * Gives the application's role what it needs on every table and sequence, and no more: rows in, rows
 * out, never a rewrite of the audit log or the migration history. Run as the owner after each migration
 * (new tables get their grants there, so no default privileges are needed).
 */
export async function grantAppRole(owner: Queryable, role: string): Promise<void> {
  const r = quoteIdent(role);
  const roles = (await owner.query('SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = $1', [role])) as {
    superuser: boolean;
  }[];
  if (roles.length === 0) throw new Error(`The application's database role ${role} does not exist`);
  if (roles[0].superuser)
    throw new Error(`The application's database role ${role} is a superuser: give it a plain role`);
  await owner.query(`GRANT CONNECT ON DATABASE ${quoteIdent(await currentDatabase(owner))} TO ${r}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
  await owner.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
  // Append-only tables: the triggers refuse these too; without the right, even a bug cannot try.
  await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_digest FROM ${r}`);
  await owner.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migration FROM ${r}`);
}

async function currentDatabase(owner: Queryable): Promise<string> {
  const [{ name }] = (await owner.query('SELECT current_database() AS name')) as [{ name: string }];
  return name;
}
