// The bad-input corpus: every registered route (enumerated from the app, so routes added later are covered) ×
// anonymous / resident / admin × a corpus of malformed requests. Asserts: never a 5xx; a 4xx answers
// {error: {code, message}} with a Vietnamese message; a refused request changes no table's row count.
import { afterAll, describe, expect, it } from 'vitest';
import { tableCounts, testPlatform, TEST_ENGINE, VIETNAMESE } from '../harness.ts';
import { registeredRoutes, type RegisteredRoute } from '../../src/server.ts';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const p = await testPlatform();
afterAll(async () => p?.close());

const SQLI = "' OR 1=1; DROP TABLE units; --";
const VALID_ID = String(await p.unitId('HY-TANHUNG-DONG'));

// ---- tokens (re-made after a successful logout revokes one) ------------------------------------------------
const freshToken = (username: string) => p.newToken(username, { ip: '10.9.9.9' });
const tokens: Record<'anonymous' | 'resident' | 'admin', string | null> = {
  anonymous: null,
  resident: await freshToken('dan.dong'),
  admin: await freshToken('admin'),
};
type Who = keyof typeof tokens;
const WHO: Who[] = ['anonymous', 'resident', 'admin'];

// ---- values from schemas ---------------------------------------------------------------------------------
const typeOf = (s: Schema | undefined): string | undefined =>
  !s ? undefined : Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type ?? (s.properties ? 'object' : undefined);

function sampleString(s: Schema): string {
  if (s.format === 'date') return '2026-11-23';
  if (s.format === 'date-time') return '2026-11-23T03:00:00+07:00';
  const candidates = ['Thử nghiệm', VALID_ID, '2026', '2026-11-23', '0912345678', 'abc', 'HY'];
  let v = candidates.find((c) => !s.pattern || new RegExp(s.pattern, 'u').test(c)) ?? 'x';
  if (s.minLength && v.length < s.minLength) v = v.padEnd(s.minLength, 'a');
  if (s.maxLength && v.length > s.maxLength) v = v.slice(0, s.maxLength);
  return v;
}

/** A plausible valid value (required fields only). */
function sample(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 6) return {};
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt[0], depth + 1);
  switch (typeOf(s)) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const k of s.required ?? []) o[k] = sample(s.properties?.[k], depth + 1);
      return o;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items, depth + 1));
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    default:
      return 'Thử nghiệm';
  }
}

function wrongValue(s: Schema | undefined): unknown {
  switch (typeOf(s) ?? typeOf(s?.anyOf?.[0]) ?? 'string') {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'không phải số';
    case 'boolean':
      return 'có';
    case 'array':
      return { khong: 'phải danh sách' };
    case 'object':
      return 'không phải đối tượng';
    default:
      return [];
  }
}

const isIdField = (name: string, s: Schema | undefined) => /(^id$|Id$|Ids$)/.test(name) || !!s?.anyOf?.some((a: Schema) => a.pattern);
const isDateField = (name: string, s: Schema | undefined) =>
  s?.format === 'date' || s?.format === 'date-time' || /(date|Date|On$|At$|^from$|^to$|Until$)/.test(name);

function deep(n: number): unknown {
  let v: unknown = { cuoi: 'đáy' };
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
}

// ---- the corpus ------------------------------------------------------------------------------------------
interface Case {
  category: string;
  url: string;
  payload?: string;
  contentType?: string;
}

function fillUrl(url: string, value: string): string {
  return url.replace(/:[A-Za-z_]+/g, value).replace(/\*$/, value);
}

function corpus(route: RegisteredRoute): Case[] {
  const s = (route.schema ?? {}) as Schema;
  const body = s.body as Schema | undefined;
  const props: Record<string, Schema> = body?.properties ?? {};
  const query = s.querystring as Schema | undefined;
  const qprops: Record<string, Schema> = query?.properties ?? {};
  const params = (s.params as Schema | undefined)?.properties ?? {};
  const hasParams = /:|\*/.test(route.url);
  // A valid-looking value for each path parameter (an id of a real unit when it looks like an id).
  const validUrl = route.url.replace(/:([A-Za-z_]+)/g, (_m, name: string) => {
    const ps = params[name] as Schema | undefined;
    if (ps && typeOf(ps) === 'string' && !ps.pattern) return name === 'year' ? '2026' : 'ma-thu';
    return ps ? encodeURIComponent(String(sample(ps))) : name === 'year' ? '2026' : VALID_ID;
  });
  const base = (sample(body) ?? {}) as Record<string, unknown>;
  const baseObj = typeof base === 'object' && base !== null && !Array.isArray(base) ? base : {};
  const json = (v: unknown) => JSON.stringify(v);
  const cases: Case[] = [];
  const add = (category: string, c: Partial<Case> = {}) =>
    cases.push({ category, url: c.url ?? validUrl, payload: c.payload, contentType: c.contentType ?? (c.payload !== undefined ? 'application/json' : undefined) });

  // Path parameters: a valid id, junk, huge numbers, traversal, NUL, Vietnamese text, negative and zero.
  const pathValues: [string, string][] = [
    ['path: valid id', VALID_ID],
    ['path: junk', 'abc!~'],
    ['path: huge number', '99999999999999999999999999'],
    ['path: ../', '..%2F..%2Fetc%2Fpasswd'],
    ['path: %00', 'abc%00def'],
    ['path: Vietnamese', encodeURIComponent('Hà Nội đẹp')],
    ['path: negative', '-1'],
    ['path: zero', '0'],
    ['path: SQL', encodeURIComponent(SQLI)],
  ];
  if (hasParams) for (const [cat, v] of pathValues) add(cat, { url: fillUrl(route.url, v), payload: json(baseObj) });
  else add('path: trailing junk', { url: `${route.url}/%00/..`, payload: json(baseObj) });

  // Bodies.
  add('body: malformed JSON', { payload: '{"name": "Thử", ' });
  add('body: JSON array', { payload: '[1, 2, 3]' });
  add('body: JSON null', { payload: 'null' });
  add('body: JSON string', { payload: '"chuỗi"' });
  add('body: JSON number', { payload: '42' });
  add('body: empty with JSON content type', { payload: '' });
  add('body: unknown field', { payload: json({ ...baseObj, truongLa: 'không có trong lược đồ' }) });
  add('body: prototype pollution', { payload: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}' });
  add('body: 1.5 MB', { payload: json({ ...baseObj, ...(Object.keys(props)[0] ? { [Object.keys(props)[0]!]: 'ạ'.repeat(520_000) } : { lon: 'ạ'.repeat(520_000) }) }) });
  const strFields = Object.entries(props).filter(([, v]) => typeOf(v) === 'string' || !typeOf(v));
  add('body: very long strings', { payload: json({ ...baseObj, ...Object.fromEntries((strFields.length ? strFields : [['dai', {}]]).map(([k]) => [k, 'Dài '.repeat(25_000)])) }) });
  add('body: deeply nested', { payload: json({ ...baseObj, [Object.keys(props)[0] ?? 'long']: deep(3000) }) });
  add('body: SQL injection strings', { payload: json({ ...baseObj, ...Object.fromEntries(strFields.map(([k]) => [k, SQLI])) }) });
  const dateFields = Object.entries(props).filter(([k, v]) => isDateField(k, v));
  for (const bad of ['2026-02-30', '31/12/2026']) {
    add(`body: invalid date ${bad}`, { payload: json({ ...baseObj, ...Object.fromEntries((dateFields.length ? dateFields : [['ngay', {}]]).map(([k]) => [k, bad])) }) });
  }
  const idFields = Object.entries(props).filter(([k, v]) => isIdField(k, v));
  for (const bad of [-1, '0', '99999999999999999999999']) {
    add(`body: bad id ${bad}`, { payload: json({ ...baseObj, ...Object.fromEntries((idFields.length ? idFields : [['id', {}]]).map(([k]) => [k, bad])) }) });
  }
  // Wrong type in each field, one at a time (and all at once).
  for (const [k, v] of Object.entries(props)) add(`body: wrong type in ${k}`, { payload: json({ ...baseObj, [k]: wrongValue(v) }) });
  add('body: wrong types everywhere', { payload: json(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, wrongValue(v)]))) });
  // Content types.
  add('content-type: text/plain', { payload: json(baseObj), contentType: 'text/plain' });
  add('content-type: form', { payload: 'name=Th%E1%BB%AD&x=1', contentType: 'application/x-www-form-urlencoded' });
  add('content-type: xml', { payload: '<a>Thử</a>', contentType: 'application/xml' });
  add('content-type: bogus', { payload: json(baseObj), contentType: 'application/json; charset=klingon' });

  // Query strings.
  const q = (qs: string) => `${validUrl}${validUrl.includes('?') ? '&' : '?'}${qs}`;
  add('query: limit -1', { url: q('limit=-1') });
  add('query: limit junk', { url: q('limit=abc') });
  add('query: limit huge', { url: q('limit=99999999999999999999') });
  add('query: cursor junk', { url: q(`cursor=${encodeURIComponent('%00<script>')}`) });
  add('query: unknown parameter', { url: q('thamSoLa=1') });
  add('query: repeated parameter', { url: q('limit=1&limit=2') });
  add('query: SQL injection', { url: q(Object.keys(qprops).map((k) => `${k}=${encodeURIComponent(SQLI)}`).join('&') || `q=${encodeURIComponent(SQLI)}`) });
  add('query: long strings', { url: q(Object.keys(qprops).map((k) => `${k}=${'a'.repeat(5000)}`).join('&') || `q=${'a'.repeat(5000)}`) });
  add('query: invalid dates', { url: q(['from', 'to', 'date', ...Object.keys(qprops).filter((k) => isDateField(k, qprops[k]))].map((k) => `${k}=2026-02-30`).join('&')) });
  add('query: bad ids', { url: q(Object.keys(qprops).filter((k) => isIdField(k, qprops[k])).map((k) => `${k}=-1`).join('&') || 'unitId=-1') });
  for (const [k, v] of Object.entries(qprops)) add(`query: wrong type in ${k}`, { url: q(`${k}=${encodeURIComponent(String(wrongValue(v)))}`) });
  return cases;
}

// ---- the routes --------------------------------------------------------------------------------------------
const routes = (registeredRoutes.get(p.app) ?? []).filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
const seen = new Set<string>();
const uniqueRoutes = routes.filter((r) => {
  const k = `${r.method} ${r.url}`;
  if (seen.has(k)) return false;
  seen.add(k);
  return true;
});

// Categories sent with all three identities; the rest rotate through them (every route × category at least once).
const ALL_IDENTITIES = /^(path: (valid id|junk)|body: (malformed|wrong types everywhere)|query: unknown)/;

let baseline = await tableCounts(p.db);
let requests = 0;
let succeeded = 0;

describe(`bad-input corpus on every route (${TEST_ENGINE})`, () => {
  it('enumerates the routes of the app', () => {
    expect(uniqueRoutes.length).toBeGreaterThan(10);
    for (const path of ['/api/v1/auth/login', '/api/v1/units', '/api/v1/units/:id/households/bulk', '/api/v1/users']) {
      expect(uniqueRoutes.map((r) => r.url)).toContain(path);
    }
  });

  it.each(uniqueRoutes.map((r) => ({ ...r, name: `${r.method} ${r.url}` })))('$name', async (route) => {
    const failures: string[] = [];
    const list = corpus(route);
    for (const [i, c] of list.entries()) {
      const whos = ALL_IDENTITIES.test(c.category) ? WHO : [WHO[i % 3]!];
      for (const who of whos) {
        const headers: Record<string, string> = {};
        if (tokens[who]) headers.authorization = `Bearer ${tokens[who]}`;
        if (c.contentType) headers['content-type'] = c.contentType;
        requests++;
        const r = await p.app.inject({ method: route.method as 'GET', url: c.url, headers, ...(c.payload !== undefined ? { payload: c.payload } : {}) });
        const label = `${route.method} ${c.url.slice(0, 120)} [${c.category}] as ${who} → ${r.statusCode}`;
        const after = await tableCounts(p.db);
        if (r.statusCode >= 500) {
          failures.push(`${label}: ${r.body.slice(0, 300)}`);
        } else if (r.statusCode >= 400) {
          let body: { error?: { code?: unknown; message?: unknown } } | null = null;
          try {
            body = r.json();
          } catch {
            body = null;
          }
          if (!body?.error || typeof body.error.code !== 'string' || typeof body.error.message !== 'string') {
            failures.push(`${label}: error body is not {error:{code,message}}: ${r.body.slice(0, 200)}`);
          } else if (!VIETNAMESE.test(body.error.message)) {
            failures.push(`${label}: message is not Vietnamese: ${body.error.message}`);
          }
          const changed = Object.keys(after).filter((t) => after[t] !== baseline[t]);
          if (changed.length) failures.push(`${label}: refused but changed ${changed.map((t) => `${t} ${baseline[t]}→${after[t]}`).join(', ')}`);
        } else {
          succeeded++;
          // A successful logout revokes the token it was sent with.
          if (/logout/.test(route.url) && who !== 'anonymous') {
            tokens[who] = await freshToken(who === 'admin' ? 'admin' : 'dan.dong');
            baseline = await tableCounts(p.db);
            continue;
          }
        }
        baseline = after;
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('summary', () => {
    console.log(`[bad-input] ${uniqueRoutes.length} routes, ${requests} requests, ${succeeded} accepted (2xx/3xx), ${TEST_ENGINE}`);
    expect(requests).toBeGreaterThan(uniqueRoutes.length * 30);
  });
});
