// The web's API types, generated from the one source: the OpenAPI document the server serves (its route schemas).
// `npm run api-types` writes web/src/api-types.ts; a test fails when that file is not what the schemas say.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/core/config.ts';
import type { Database } from '../src/core/db.ts';
import { platformModules } from '../src/platform.ts';
import { buildApp } from '../src/server.ts';

export const API_TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'src', 'api-types.ts');

const HEADER = `// GENERATED from the server's OpenAPI document by scripts/api-types.ts (\`npm run api-types\`): do not edit.
// Use it through web/src/api.ts (\`ApiResponse<'/path/{id}', 'get'>\`, \`ApiBody<…>\`).
`;

/** The OpenAPI document of the server, without a database (routes are only registered, never called). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = { engine: 'pglite', db: undefined, execScript: async () => {}, close: async () => {} } as unknown as Database;
  const app = await buildApp({ database, config: loadConfig({}), clock: () => new Date(), modules: platformModules() }, { serveWeb: false });
  await app.ready();
  const doc = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return doc;
}

export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())), { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`written ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
