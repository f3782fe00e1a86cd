import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { SqlLogger } from './sql-logger.js';

/**
 * Provides the initialized TypeORM `DataSource`. The schema comes only from migrations, which the
 * bootstrap runs before the app is created (never `synchronize`).
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(url: string, echoSql = false): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: SqlLogger, useFactory: () => new SqlLogger(new Logger('SQL'), echoSql) },
        {
          provide: DataSource,
          inject: [SqlLogger, APP_CONFIG],
          useFactory: async (sqlLogger: SqlLogger, config: AppConfig) =>
            createDataSource(url, sqlLogger, config.database).initialize(),
        },
      ],
      exports: [DataSource, SqlLogger],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
