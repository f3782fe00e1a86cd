import type { Logger as TypeOrmLogger } from 'typeorm';

export interface LineLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Routes TypeORM's output to the application logger, and counts statements so a test can prove
 * that a nested read costs a bounded number of queries.
 */
export class SqlLogger implements TypeOrmLogger {
  private statements = 0;

  constructor(
    private readonly logger: LineLogger,
    private readonly echo: boolean,
  ) {}

  get statementCount(): number {
    return this.statements;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.statements += 1;
    if (this.echo) this.logger.log(parameters?.length ? `${query} -- ${parameters.length} parameter(s)` : query);
  }

  logQueryError(error: string | Error, query: string): void {
    // Parameters are never logged: they may hold personal data or secrets.
    this.logger.warn(`query failed: ${error instanceof Error ? error.message : error} in ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(message: string): void {
    if (this.echo) this.logger.log(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else if (this.echo) this.logger.log(String(message));
  }
}
