// The strict response check of the tests: a field a handler returns but its schema does not name would be dropped
// silently by the serializer; with the check on it is a 500 naming the route and the field.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../src/core/errors.ts';
import { registerResponseCheck, strictSchema } from '../../src/core/response-check.ts';

async function app(body: unknown) {
  const a = Fastify();
  registerErrorHandling(a);
  registerResponseCheck(a);
  a.get(
    '/x',
    {
      schema: {
        response: {
          200: {
            type: 'object',
            properties: { id: { type: 'string' }, at: { type: 'string', format: 'date-time' }, tags: { type: 'array', items: { type: 'object', properties: { k: { type: 'string' } } } } },
          },
        },
      },
    },
    async () => body,
  );
  await a.ready();
  return a;
}

describe('strict response check', () => {
  it('passes an answer the schema describes (dates as the serializer writes them)', async () => {
    const r = await (await app({ id: '1', at: new Date('2026-12-03T00:00:00Z'), tags: [{ k: 'a' }] })).inject('/x');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ id: '1', at: '2026-12-03T00:00:00.000Z', tags: [{ k: 'a' }] });
  });

  it('refuses a field the schema does not name, even nested', async () => {
    const r = await (await app({ id: '1', tags: [{ k: 'a', secret: 'x' }] })).inject('/x');
    expect(r.statusCode).toBe(500);
    expect(r.json().error.code).toBe('RESPONSE_MISMATCH');
    expect(r.json().error.message).toContain('GET /x');
    expect(r.json().error.message).toContain('secret');
  });

  it('refuses a value of another type', async () => {
    const r = await (await app({ id: 1 })).inject('/x');
    expect(r.statusCode).toBe(500);
    expect(r.json().error.message).toContain('/id');
  });

  it('makes objects with listed properties closed, leaves free-form maps open', () => {
    expect(strictSchema({ type: 'object', properties: { a: { type: 'object', properties: {} } } })).toEqual({
      type: 'object',
      properties: { a: { type: 'object', properties: {}, additionalProperties: false } },
      additionalProperties: false,
    });
    expect(strictSchema({ type: 'object', additionalProperties: { type: 'integer' } })).toEqual({ type: 'object', additionalProperties: { type: 'integer' } });
  });
});
