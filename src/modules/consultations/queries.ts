// Reads of consultations, with their permission checks, in the API's shapes: the public list and detail (with what
// the user may do), "what became of my opinion", the opinions for the officials in charge, the synthesis and its
// export.
import { attachmentOut, attachmentsMeta } from '../../core/attachments.ts';
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { decodeCursor, toPage, type Page } from '../../core/http.ts';
import { can, requirePermission } from '../../core/permissions.ts';
import { unauthorized } from '../../core/refusal.ts';
import { findUnit, unitsByIds } from '../units/index.ts';
import { assertSynthesisVisible, canEnter, canManage, isPublished, residentVillage } from './access.ts';
import { EXPORT_TYPES, synthesisDocx, synthesisXlsx, type SynthesisData } from './export.ts';
import {
  closeRefusal,
  correctionRefusal,
  effectiveStatus,
  finishStateRefusal,
  opinionRefusal,
  publishRefusal,
  synthesiseRefusal,
  tally,
} from './rules.ts';
import { consultationOut, groupsOut, opinionOut, stateOf, type ConsultationOut } from './shapes.ts';
import * as store from './store.ts';
import type { ConsultationStatus } from './tables.ts';

export interface ListQuery {
  unitId?: string;
  status?: ConsultationStatus;
  q?: string;
  limit: number;
  cursor?: string;
}

/**
 * Consultations of a unit, of the units above it and of those below; without a unit, those of the user's units
 * (an official's units and below, a resident's village and commune).
 */
export async function listConsultations(ctx: Ctx, query: ListQuery): Promise<Page<ConsultationOut>> {
  const today = todayVn(ctx.now);
  let unitPath: string | undefined;
  let scopes: string[] | undefined;
  let exactPaths: string[] | undefined;
  if (query.unitId) {
    const u = await findUnit(ctx.db, Number(query.unitId));
    if (!u) return { items: [], nextCursor: null };
    unitPath = u.path;
  } else if (ctx.actor) {
    // the units of the user's roles and everything below them, and the units above (a resident's commune)
    scopes = [...new Set(ctx.actor.grants.map((g) => g.unitPath))];
    exactPaths = [...new Set(scopes.flatMap((p) => p.split('/').filter(Boolean).map((_, i, a) => `/${a.slice(0, i + 1).join('/')}/`)))];
  }
  const rows = await store.listConsultations(ctx.db, {
    unitPath,
    scopes,
    exactPaths,
    status: query.status,
    today,
    q: query.q,
    afterId: decodeCursor(query.cursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, (r) => consultationOut(r, r.unit_name ?? '', today));
}

/**
 * The steps of the officials the consultation allows now, with the status each use case sees (those that first
 * close a consultation past its closing date see it closed). Finishing is offered once the state allows it: the
 * use case still refuses while a group has no response, and says which.
 */
async function stepsAllowed(ctx: Ctx, c: store.ConsultationRow, today: string, manage: boolean) {
  const closing = can(ctx.actor, 'consultation.open', c.unit_path);
  const effective = effectiveStatus(stateOf(c), today);
  const { groups, responses } = manage ? await store.groupCounts(ctx.db, c.id) : { groups: 0, responses: 0 };
  const correct = manage && correctionRefusal(c.status, groups) === null;
  return {
    close: closing && closeRefusal({ ...stateOf(c), status: effective }, today) === null,
    synthesise: manage && synthesiseRefusal(effective, responses) === null,
    correct,
    respond: correct,
    publish: manage && publishRefusal(c.status, groups) === null,
    finish: manage && finishStateRefusal(effective, groups) === null,
  };
}

/** A consultation with its draft and attachments, its figures for those who may see them, and what the user may do. */
export async function consultationDetail(ctx: Ctx, id: number) {
  const c = await store.getConsultation(ctx.db, id);
  const today = todayVn(ctx.now);
  const names = new Map((await unitsByIds(ctx.db, [c.unit_id, ...c.village_ids])).map((u) => [u.id, u.name]));
  const manage = canManage(ctx.actor, c);
  const enter = canEnter(ctx.actor, c);
  const village = residentVillage(ctx.actor, c);
  const accepting = opinionRefusal(stateOf(c), today) === null;
  const attachments = await attachmentsMeta(ctx.db, c.attachment_ids.map(Number));
  return {
    ...consultationOut(c, names.get(c.unit_id)!, today),
    draft: c.draft,
    villages: c.village_ids.map((v) => ({ id: String(v), name: names.get(v) ?? '' })),
    attachments: attachments.map(attachmentOut),
    acceptsOpinions: accepting,
    tally: isPublished(c.status) || manage || enter ? tally(await store.opinionCounts(ctx.db, c.id)) : null,
    synthesised: c.synthesised_at !== null,
    can: { manage, enterOpinions: enter && accepting, giveOpinion: village !== null && accepting, ...(await stepsAllowed(ctx, c, today, manage)) },
  };
}

/** The user's own opinion and, once the synthesis is published, its group and the response to it. */
export async function myOpinion(ctx: Ctx, id: number) {
  if (!ctx.actor) throw unauthorized('Bạn cần đăng nhập để xem ý kiến của mình.');
  const c = await store.getConsultation(ctx.db, id);
  const o = await store.findPersonOpinion(ctx.db, c.id, ctx.actor.personId);
  const published = isPublished(c.status);
  if (!o) return { opinion: null, group: null, published };
  const groups = await store.listGroups(ctx.db, c.id);
  const keys = new Map(groups.map((g) => [g.id, g.key]));
  const total = groups.reduce((s, g) => s + g.size, 0);
  const group = published && o.group_id ? (groupsOut(groups.filter((g) => g.id === o.group_id), total)[0] ?? null) : null;
  return { opinion: opinionOut(o, published ? keys : new Map(), ctx.actor.personId, false), group, published };
}

/** The opinions (with their authors' names), for the officials in charge and those who enter opinions. */
export async function opinionsPage(ctx: Ctx, id: number, query: { group?: string; limit: number; cursor?: string }) {
  const c = await store.getConsultation(ctx.db, id);
  if (!canManage(ctx.actor, c)) requirePermission(ctx.actor, 'consultation.enter_opinion', c.unit_path);
  const groups = await store.listGroups(ctx.db, c.id);
  const keys = new Map(groups.map((g) => [g.id, g.key]));
  let groupId: number | undefined;
  if (query.group) {
    groupId = groups.find((g) => g.key === query.group)?.id;
    if (!groupId) return { items: [], nextCursor: null };
  }
  const rows = await store.pageOpinions(ctx.db, c.id, { afterId: decodeCursor(query.cursor), limit: query.limit, groupId });
  return toPage(rows, query.limit, (o) => opinionOut(o, keys, ctx.actor?.personId ?? null, true));
}

/** Counts by stance and channel, the groups and their responses. */
export async function synthesisOf(ctx: Ctx, id: number) {
  const c = await store.getConsultation(ctx.db, id);
  assertSynthesisVisible(ctx.actor, c);
  const t = tally(await store.opinionCounts(ctx.db, c.id));
  return { status: c.status, tally: t, groups: groupsOut(await store.listGroups(ctx.db, c.id), t.total) };
}

async function synthesisData(ctx: Ctx, c: store.ConsultationRow): Promise<SynthesisData> {
  const ids = c.unit_path.split('/').filter(Boolean).map(Number);
  const opinions = await store.listOpinions(ctx.db, c.id);
  const villageIds = [...new Set(opinions.map((o) => o.village_id).filter((v): v is number => v !== null))];
  const units = new Map((await unitsByIds(ctx.db, [...ids, ...c.village_ids, ...villageIds])).map((u) => [u.id, u]));
  const chain = ids.map((id) => units.get(id)!);
  const villageNames = new Map([...new Set([...villageIds, ...c.village_ids])].filter((v) => units.has(v)).map((v) => [v, units.get(v)!.name]));
  return {
    consultation: c,
    commune: chain.find((u) => u.kind === 'commune') ?? chain[chain.length - 1]!,
    province: chain.find((u) => u.kind === 'province') ?? null,
    unitName: units.get(c.unit_id)!.name,
    villageNames,
    tally: tally(await store.opinionCounts(ctx.db, c.id)),
    groups: await store.listGroups(ctx.db, c.id),
    opinions,
    date: todayVn(ctx.now),
  };
}

/** The synthesis as a report (DOCX, Decree 30/2020) or a workbook (XLSX), for those who may see it. */
export async function exportSynthesis(ctx: Ctx, id: number, format: keyof typeof EXPORT_TYPES) {
  const c = await store.getConsultation(ctx.db, id);
  assertSynthesisVisible(ctx.actor, c);
  const data = await synthesisData(ctx, c);
  return {
    body: format === 'docx' ? await synthesisDocx(data) : await synthesisXlsx(data),
    contentType: EXPORT_TYPES[format],
    filename: `tong-hop-y-kien-${c.id}.${format}`,
  };
}
