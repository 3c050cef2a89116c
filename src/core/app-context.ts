// Opening the platform for a process: database (PGlite or PostgreSQL), migrations, services.
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db.ts';
import { migrate } from './migrate.ts';
import type { Services } from './http.ts';
import { systemOrigin, type Ctx } from './context.ts';

export async function openPlatform(config: Config = loadConfig(), log: (m: string) => void = () => {}): Promise<Services> {
  const database: Database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await migrate(database, log);
  } catch (e) {
    await database.close();
    throw e;
  }
  return { database, config, clock: () => new Date() };
}

/** A context for work done by the system itself (seed, import, scheduled jobs). */
export function systemCtx(services: Services, what = 'system'): Ctx {
  return { db: services.database.db, actor: null, origin: systemOrigin(what), now: services.clock() };
}
