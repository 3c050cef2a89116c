// The platform of one process: the database (PGlite or PostgreSQL), its migrations, and the modules installed.
// What `coso` and the tests open; the modules come from src/modules/index.ts unless a test adds its own.
import { loadConfig, type Config } from './core/config.ts';
import { openDatabase, type Database } from './core/db.ts';
import type { Services } from './core/http.ts';
import { migrate } from './core/migrate.ts';
import { installModules, type ModuleManifest } from './core/module.ts';
import { MODULES } from './modules/index.ts';

/** Installs the modules (permissions, directory, indicators) and returns them. */
export function platformModules(modules: readonly ModuleManifest[] = MODULES): readonly ModuleManifest[] {
  installModules(modules);
  return modules;
}

export async function openPlatform(
  config: Config = loadConfig(),
  log: (m: string) => void = () => {},
  modules: readonly ModuleManifest[] = MODULES,
): Promise<Services> {
  platformModules(modules);
  const database: Database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    await migrate(database, log);
  } catch (e) {
    await database.close();
    throw e;
  }
  return { database, config, clock: () => new Date(), modules };
}
