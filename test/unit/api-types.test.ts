// The web's API types are generated from the server's route schemas (scripts/api-types.ts). This fails when a
// schema changed and web/src/api-types.ts was not generated again: run `npm run api-types`.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.ts';

it('web/src/api-types.ts is what the server’s schemas say (else: npm run api-types)', async () => {
  const fresh = await generateApiTypes();
  expect(fs.readFileSync(API_TYPES_FILE, 'utf8') === fresh, 'web/src/api-types.ts is stale: run `npm run api-types`').toBe(true);
});
