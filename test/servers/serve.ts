// A real server process for the "nothing lost" test (src/modules/cases/restart.int.test.ts): what `coso start`
// does — open the database (COSO_DATA_DIR or DATABASE_URL), migrate, run the modules' start (the administrator),
// listen on PORT — without demo data and without building the web app. Stops cleanly on SIGTERM; the test also
// kills it with SIGKILL.
import { loadConfig } from '../../src/core/config.ts';
import { openPlatform } from '../../src/platform.ts';
import { buildApp } from '../../src/server.ts';

const config = loadConfig();
const services = await openPlatform(config);
for (const m of services.modules) await m.start?.(services, () => {});
const app = await buildApp(services, { logger: false, serveWeb: false });
process.on('SIGTERM', async () => {
  await app.close();
  await services.database.close();
  process.exit(0);
});
await app.listen({ port: config.port, host: '127.0.0.1' });
console.log(`listening ${config.port}`);
