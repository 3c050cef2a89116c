// A real server process for the "nothing lost" test (restart.int.test.ts): what `coso start` does — open the
// database (COSO_DATA_DIR or DATABASE_URL), migrate, create the administrator, listen on PORT — without demo data
// and without building the web app. Stops cleanly on SIGTERM; the test also kills it with SIGKILL.
import { loadConfig } from '../../../core/config.ts';
import { openPlatform, systemCtx } from '../../../core/app-context.ts';
import { ensureAdmin } from '../../units/commands.ts';
import { buildApp } from '../../../server.ts';

const config = loadConfig();
const services = await openPlatform(config);
if (config.adminPassword) await ensureAdmin(systemCtx(services, 'bootstrap'), config.adminPassword);
const app = await buildApp(services, { logger: false, serveWeb: false });
process.on('SIGTERM', async () => {
  await app.close();
  await services.database.close();
  process.exit(0);
});
await app.listen({ port: config.port, host: '127.0.0.1' });
console.log(`listening ${config.port}`);
