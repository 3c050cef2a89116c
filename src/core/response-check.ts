// Checks every JSON answer against its route's response schema, strictly: a field the schema does not name, or a
// value of another type, is an error (500 with the route and the first mismatch). Fastify's serializer would
// silently drop such a field; with this check on (the tests turn it on), a schema that lags behind its handler
// fails the tests instead of losing data in production. The web's types come from these schemas.
import type { FastifyInstance } from 'fastify';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Schema = Record<string, unknown>;

/** The code of the error raised on a mismatch (answered 500 with the mismatch in the message). */
export const RESPONSE_MISMATCH = 'COSO_RESPONSE_MISMATCH';

/** A copy of the schema where every object that lists its properties accepts no other property. */
export function strictSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(strictSchema);
  if (!s || typeof s !== 'object') return s;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s as Schema)) {
    out[k] = k === 'properties' && v && typeof v === 'object' ? Object.fromEntries(Object.entries(v as Schema).map(([p, ps]) => [p, strictSchema(ps)])) : strictSchema(v);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** The schema of a response status: exact, then '2xx', then 'default'. */
function responseSchema(response: Schema | undefined, status: number): Schema | undefined {
  if (!response) return undefined;
  const s = response[String(status)] ?? response[`${String(status)[0]}xx`] ?? response.default;
  if (!s || typeof s !== 'object') return undefined;
  const content = (s as { content?: Record<string, { schema?: Schema }> }).content;
  return content ? content['application/json']?.schema : (s as Schema);
}

export function registerResponseCheck(app: FastifyInstance): void {
  const ajv = new Ajv({ allErrors: false, strict: false, coerceTypes: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const compiled = new WeakMap<object, ValidateFunction>();
  app.addHook('preSerialization', async (req, reply, payload) => {
    if (payload === null || typeof payload !== 'object' || Buffer.isBuffer(payload)) return payload;
    const schema = responseSchema(req.routeOptions.schema?.response as Schema | undefined, reply.statusCode);
    if (!schema) return payload;
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(strictSchema(schema) as Schema);
      compiled.set(schema, validate);
    }
    // As the serializer writes it: dates as ISO strings, undefined fields left out.
    const plain: unknown = JSON.parse(JSON.stringify(payload));
    if (!validate(plain)) {
      const e = validate.errors?.[0];
      const what = e ? `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}` : 'mismatch';
      throw Object.assign(new Error(`response of ${req.method} ${req.routeOptions.url} (${reply.statusCode}) does not match its schema: ${what}`), {
        code: RESPONSE_MISMATCH,
      });
    }
    return payload;
  });
}
