// HTTP routes of conferences (api.md "Conferences, oversight, reports").
import type { FastifyInstance } from 'fastify';
import { ctxOf, decodeCursor, idInput, idParams, legalDate, listQueryProps, parseId, toPage } from '../../core/http.ts';
import { forbidden, unauthorized } from '../../core/refusal.ts';
import * as unitStore from '../units/store.ts';
import * as commands from './commands.ts';
import * as store from './store.ts';
import type { ConferenceKind } from './tables.ts';

const count = { type: 'integer', minimum: 0, maximum: 10_000_000 } as const;

const conferenceOut = (c: store.ConferenceRow) => ({
  id: String(c.id),
  unitId: String(c.unit_id),
  unitName: c.unit_name,
  kind: c.kind,
  kindLabel: commands.CONFERENCE_KIND_LABELS[c.kind].vi,
  title: c.title,
  heldOn: c.held_on,
  onRequest: c.on_request,
  participants: { total: c.participants_total, present: c.participants_present },
  valid: c.valid,
  opinionsRaised: c.opinions_raised,
  opinionsResolved: c.opinions_resolved,
  minutes: c.minutes,
  followUps: c.follow_ups,
  attachmentIds: c.attachment_ids,
});

export async function conferencesRoutes(app: FastifyInstance): Promise<void> {
  app.post<{
    Body: Omit<commands.RecordConferenceInput, 'unitId'> & { unitId: string | number };
  }>(
    '/conferences',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Ghi nhận hội nghị cán bộ, hội nghị người lao động, đối thoại, hội nghị thôn',
        body: {
          type: 'object',
          required: ['unitId', 'kind', 'heldOn'],
          additionalProperties: false,
          properties: {
            unitId: idInput,
            kind: { type: 'string', enum: [...commands.CONFERENCE_KINDS] },
            heldOn: legalDate,
            title: { type: 'string', maxLength: 300 },
            onRequest: { type: 'boolean' },
            participants: {
              anyOf: [
                count,
                {
                  type: 'object',
                  required: ['present'],
                  additionalProperties: false,
                  properties: { total: count, present: count },
                },
              ],
            },
            opinionsRaised: count,
            opinionsResolved: count,
            minutes: { type: 'string', maxLength: 100_000 },
            followUps: { type: 'string', maxLength: 20_000 },
            attachmentIds: { type: 'array', maxItems: 50, items: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } },
            resolutions: {
              type: 'array',
              maxItems: 100,
              items: {
                type: 'object',
                required: ['text', 'agree'],
                additionalProperties: false,
                properties: { text: { type: 'string', minLength: 1, maxLength: 5000 }, agree: count },
              },
            },
          },
        },
        response: {
          201: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              valid: { type: ['boolean', 'null'] },
              nextStep: { type: ['string', 'null'] },
              counted: { type: 'boolean' },
              resolutions: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { text: { type: 'string' }, agree: { type: 'integer' }, passed: { type: 'boolean' }, threshold: { type: 'integer' } },
                },
              },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const r = await commands.recordConference(ctxOf(req), { ...req.body, unitId: parseId(req.body.unitId, 'unitId') });
      reply.status(201);
      return { ...r, id: String(r.id) };
    },
  );

  app.get<{ Querystring: { unitId: string; kind?: ConferenceKind; from?: string; to?: string; limit: number; cursor?: string } }>(
    '/conferences',
    {
      schema: {
        tags: ['conferences'],
        summary: 'Danh sách hội nghị, đối thoại của đơn vị và các đơn vị trực thuộc',
        querystring: {
          type: 'object',
          required: ['unitId'],
          additionalProperties: false,
          properties: {
            unitId: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' },
            kind: { type: 'string', enum: [...commands.CONFERENCE_KINDS] },
            from: legalDate,
            to: legalDate,
            ...listQueryProps,
          },
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized();
      const unit = await unitStore.getUnit(ctx.db, parseId(req.query.unitId, 'unitId'));
      if (!commands.canReadConferences(ctx, unit.path)) throw forbidden();
      const q = req.query;
      const rows = await store.listConferences(ctx.db, {
        unitPath: unit.path,
        kind: q.kind,
        from: q.from,
        to: q.to,
        afterId: decodeCursor(q.cursor),
        limit: q.limit,
      });
      return toPage(rows, q.limit, conferenceOut);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/conferences/:id',
    { schema: { tags: ['conferences'], summary: 'Chi tiết hội nghị, đối thoại', params: idParams } },
    async (req) => {
      const ctx = ctxOf(req);
      if (!ctx.actor) throw unauthorized();
      const c = await store.getConference(ctx.db, parseId(req.params.id));
      if (!commands.canReadConferences(ctx, c.unit_path)) throw forbidden();
      return { ...conferenceOut(c), resolutions: c.resolutions };
    },
  );
}
