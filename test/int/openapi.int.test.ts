// GET /api/v1/openapi.json: an OpenAPI 3 document with every public endpoint listed below that is implemented so far
// (and every other visible route), each with its request schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform, TEST_ENGINE, type TestPlatform } from '../harness.ts';
import { registeredRoutes } from '../../src/server.ts';

type Doc = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, any>>; components?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

let p: TestPlatform;
let doc: Doc;
beforeAll(async () => {
  p = await testPlatform();
  const r = await p.req('GET', '/api/v1/openapi.json');
  expect(r.statusCode).toBe(200);
  expect(r.headers['content-type']).toMatch(/application\/json/);
  doc = r.json();
});
afterAll(async () => p?.close());

/** The public endpoints of the platform, with the body fields each takes. */
const PUBLIC_ENDPOINTS: { method: string; path: string; body?: string[]; foundation?: boolean }[] = [
  { method: 'post', path: '/auth/login', body: ['username', 'password'], foundation: true },
  { method: 'get', path: '/me', foundation: true },
  { method: 'post', path: '/units', body: ['kind', 'name', 'code', 'parentId'], foundation: true },
  { method: 'get', path: '/units', foundation: true },
  { method: 'get', path: '/units/{id}', foundation: true },
  { method: 'post', path: '/units/{id}/households', body: ['name', 'representative'], foundation: true },
  { method: 'post', path: '/units/{id}/households/bulk', body: ['households'], foundation: true },
  { method: 'get', path: '/units/{id}/households', foundation: true },
  { method: 'post', path: '/users', body: ['username', 'password', 'name', 'roles', 'householdId'], foundation: true },
  { method: 'post', path: '/disclosures', body: ['unitId', 'category', 'title', 'body', 'channels', 'postingDays'] },
  { method: 'get', path: '/disclosures' },
  { method: 'get', path: '/disclosures/{id}' },
  { method: 'post', path: '/decisions', body: ['unitId', 'title', 'matter', 'method', 'options', 'secret', 'opensAt', 'closesAt'] },
  { method: 'post', path: '/decisions/{id}/ballots', body: ['householdId', 'choice'] },
  { method: 'post', path: '/decisions/{id}/close' },
  { method: 'get', path: '/decisions/{id}/result' },
  { method: 'post', path: '/cases', body: ['type', 'unitId', 'subject', 'content', 'sender', 'receivedOn', 'remoteArea'] },
  { method: 'get', path: '/cases/track/{}' },
  { method: 'get', path: '/cases/{id}' },
  { method: 'get', path: '/cases' },
  { method: 'post', path: '/cases/{id}/actions', body: ['action', 'note'] },
  { method: 'get', path: '/calendar/due-date' },
  { method: 'get', path: '/calendar/holidays' },
  { method: 'put', path: '/calendar/holidays/{}' },
  { method: 'post', path: '/conferences', body: ['unitId', 'kind', 'heldOn', 'participants', 'opinionsRaised', 'opinionsResolved', 'minutes'] },
  { method: 'post', path: '/oversight/activities', body: ['unitId', 'board', 'subject', 'heldOn', 'findings', 'recommendations'] },
  { method: 'get', path: '/reports/indicators' },
  { method: 'get', path: '/reports/document' },
];

/** '/units/{id}' and '/units/:id' → '/units/{}' so that parameter names do not matter. */
const norm = (path: string) => path.replace(/\{[^}]*\}/g, '{}').replace(/:[A-Za-z_]+/g, '{}');

function findOp(method: string, path: string) {
  const want = norm(`/api/v1${path}`);
  const key = Object.keys(doc.paths).find((k) => norm(k) === want);
  return key ? doc.paths[key]![method] : undefined;
}

function registered(method: string, path: string): boolean {
  const want = norm(`/api/v1${path}`);
  return (registeredRoutes.get(p.app) ?? []).some((r) => r.method.toLowerCase() === method && norm(r.url) === want);
}

/** Properties of a request body schema, following allOf/anyOf and local $refs. */
function bodyProps(op: any): string[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  const schema = op?.requestBody?.content?.['application/json']?.schema;
  const resolve = (s: any): any => { // eslint-disable-line @typescript-eslint/no-explicit-any
    if (s?.$ref) {
      const name = String(s.$ref).split('/').pop()!;
      return resolve(doc.components?.schemas?.[name]);
    }
    return s;
  };
  const s = resolve(schema);
  const parts = [s, ...(s?.allOf ?? []).map(resolve)];
  return parts.flatMap((x) => Object.keys(x?.properties ?? {}));
}

describe(`OpenAPI document (${TEST_ENGINE})`, () => {
  it('is OpenAPI 3.x with a title and version', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toContain('Cơ Sở');
    expect(doc.info.version).toBeTruthy();
    expect(doc.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it.each(PUBLIC_ENDPOINTS.filter((e) => e.foundation))('foundation path $method $path is documented', (e) => {
    expect(findOp(e.method, e.path), `${e.method} ${e.path}`).toBeTruthy();
  });

  it('every public endpoint implemented so far is documented, with its request body fields', () => {
    const implemented = PUBLIC_ENDPOINTS.filter((e) => registered(e.method, e.path));
    expect(implemented.length).toBeGreaterThanOrEqual(PUBLIC_ENDPOINTS.filter((e) => e.foundation).length);
    const problems: string[] = [];
    for (const e of implemented) {
      const op = findOp(e.method, e.path);
      if (!op) {
        problems.push(`${e.method.toUpperCase()} ${e.path}: missing from openapi.json`);
        continue;
      }
      if (e.body) {
        const props = bodyProps(op);
        const missing = e.body.filter((f) => !props.includes(f));
        if (!op.requestBody) problems.push(`${e.method.toUpperCase()} ${e.path}: no requestBody`);
        else if (missing.length) problems.push(`${e.method.toUpperCase()} ${e.path}: request schema lacks ${missing.join(', ')}`);
      }
    }
    console.log(`[openapi] ${implemented.length}/${PUBLIC_ENDPOINTS.length} public endpoints implemented; not yet: ${PUBLIC_ENDPOINTS.filter((e) => !registered(e.method, e.path)).map((e) => `${e.method.toUpperCase()} ${e.path}`).join(', ') || 'none'}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the request schemas of the units routes are the ones the server validates with', () => {
    const login = findOp('post', '/auth/login');
    const loginSchema = login.requestBody.content['application/json'].schema;
    expect(loginSchema.required).toEqual(['username', 'password']);
    expect(loginSchema.additionalProperties).toBe(false);
    const units = findOp('post', '/units').requestBody.content['application/json'].schema;
    expect(units.properties.kind.enum).toEqual(expect.arrayContaining(['province', 'commune', 'village', 'agency', 'enterprise']));
    const bulk = findOp('post', '/units/{id}/households/bulk').requestBody.content['application/json'].schema;
    expect(bulk.properties.households).toMatchObject({ type: 'array', maxItems: 10000 });
    const households = findOp('get', '/units/{id}/households');
    expect(households.parameters.map((x: { name: string; in: string }) => `${x.in}:${x.name}`)).toEqual(expect.arrayContaining(['path:id', 'query:limit', 'query:cursor']));
  });

  it('documents every visible route the app registered', () => {
    const hidden = (r: { schema?: Record<string, unknown> }) => (r.schema as { hide?: boolean } | undefined)?.hide === true;
    const missing = (registeredRoutes.get(p.app) ?? [])
      .filter((r) => r.url.startsWith('/api/v1/') && !['HEAD', 'OPTIONS'].includes(r.method) && !hidden(r))
      .filter((r) => !Object.keys(doc.paths).some((k) => norm(k) === norm(r.url) && doc.paths[k]![r.method.toLowerCase()]))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('documents what every visible route answers on success (a JSON schema, or the file types it sends)', () => {
    const hidden = (r: { schema?: Record<string, unknown> }) => (r.schema as { hide?: boolean } | undefined)?.hide === true;
    const missing = (registeredRoutes.get(p.app) ?? [])
      .filter((r) => r.url.startsWith('/api/v1/') && !['HEAD', 'OPTIONS'].includes(r.method) && !hidden(r))
      .filter((r) => !Object.keys((r.schema as { response?: Record<string, unknown> } | undefined)?.response ?? {}).some((code) => /^2/.test(code)))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });
});
