// The units module: the unit tree, households and their representatives, people, accounts and role grants, and
// the import of a population register. It provides core's directory (who someone is, where a unit sits).
import { systemCtx } from '../../core/context.ts';
import { defineModule, tableTypes } from '../../core/module.ts';
import { ensureAdmin } from './commands.ts';
import { unitsDemo } from './demo.ts';
import { runImportCli } from './import/cli.ts';
import { PERMISSIONS } from './permissions.ts';
import { unitsRoutes } from './routes.ts';
import { findLogin, loadActor, unitPath } from './store/accounts.ts';
import type { UnitsTables } from './tables.ts';

export const unitsModule = defineModule({
  name: 'units',
  routes: unitsRoutes,
  tables: tableTypes<UnitsTables>(),
  permissions: PERMISSIONS,
  demo: unitsDemo,
  // COSO_ADMIN_PASSWORD on an empty database: the administrator `admin` (role admin on the root).
  async start(services, log) {
    const password = services.config.adminPassword;
    if (password && (await ensureAdmin(systemCtx(services, 'bootstrap'), password))) log('administrator "admin" created');
  },
  commands: [{ name: 'import', usage: 'import <tệp.csv|tệp.xlsx> [--dry-run] [--report loi.csv] [--user <tên>]', run: runImportCli }],
  directory: { loadActor, findLogin, unitPath },
});

// What other modules may use of people, places and accounts (they import it from here, never from the store).
export * from './store/shared.ts';
