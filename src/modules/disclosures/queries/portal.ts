// The public portal's list: a commune's or a village's disclosures newest first, by category, searched without
// diacritics, optionally only those posted today. Public lists are cached in the process and by browsers.
import type { Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { decodeCursor, parseId, toPage } from '../../../core/http.ts';
import { tokenize } from '../../../core/text.ts';
import { cachedAnswer, computeAnswer } from '../cache.ts';
import { categoryByCode } from '../categories.ts';
import { assertCanRead, disclosingUnit } from '../disclosing-unit.ts';
import type { ListQuery } from '../schema/portal.ts';
import * as store from '../store.ts';

/**
 * Browsers and proxies may reuse a public list for this long (seconds). A disclosure's page is always revalidated
 * (max-age=0 + ETag → a 304 without body), so an answer or a new version shows at once to whoever wrote it.
 */
const PUBLIC_LIST_MAX_AGE_S = 15;
const MAX_SEARCH_TOKENS = 8;

type Scope = Pick<store.ListFilter, 'unitIds' | 'unitPathPrefix' | 'kinds'>;

/**
 * Whose disclosures a unit's page lists: a village's page shows the village's and its commune's; a commune's page
 * its own and all its villages'; an agency's or enterprise's (internal, signed in) its own. No unit: every commune
 * and village.
 */
async function listScope(ctx: Ctx, unitId: string | undefined): Promise<{ scope: Scope; isPublic: boolean }> {
  if (!unitId) return { scope: { kinds: ['commune', 'village'] }, isPublic: true };
  const du = await disclosingUnit(ctx.db, parseId(unitId, 'unitId'));
  assertCanRead(ctx.actor, du);
  if (du.unit.kind === 'village') return { scope: { unitIds: [du.unit.id, ...(du.commune ? [du.commune.id] : [])] }, isPublic: du.isPublic };
  if (du.unit.kind === 'commune') return { scope: { unitPathPrefix: du.unit.path, kinds: ['commune', 'village'] }, isPublic: du.isPublic };
  return { scope: { unitIds: [du.unit.id] }, isPublic: du.isPublic };
}

export async function portalList(ctx: Ctx, query: ListQuery) {
  const beforeId = decodeCursor(query.cursor);
  const tokens = query.q ? [...new Set(tokenize(query.q))].slice(0, MAX_SEARCH_TOKENS) : [];
  const today = todayVn(ctx.now);
  const key = `list|${query.unitId ?? ''}|${query.category ?? ''}|${tokens.join(' ')}|${query.posted ? today : ''}|${query.limit}|${beforeId ?? ''}`;
  // Only public lists are ever cached, so a hit needs no database work at all.
  const hit = cachedAnswer<ReturnType<typeof pageOf>>(key, true, PUBLIC_LIST_MAX_AGE_S);
  if (hit) return hit;
  const { scope, isPublic } = await listScope(ctx, query.unitId);
  const compute = async () => {
    const rows = await store.listDisclosures(ctx.db, { ...scope, category: query.category, tokens, postedOn: query.posted ? today : undefined, beforeId, limit: query.limit });
    return pageOf(rows, query.limit);
  };
  return computeAnswer(isPublic ? key : null, compute, isPublic, PUBLIC_LIST_MAX_AGE_S);
}

const pageOf = (rows: Awaited<ReturnType<typeof store.listDisclosures>>, limit: number) =>
  toPage(rows, limit, (r) => ({
    id: String(r.id),
    unitId: String(r.unit_id),
    unitName: r.unit_name,
    category: r.category,
    categoryName: categoryByCode(r.category)?.vi ?? r.category,
    version: r.version,
    title: r.title,
    excerpt: r.excerpt,
    publishedAt: new Date(r.published_at).toISOString(),
    publishedOn: r.published_on,
    postedUntil: r.posted_until,
    attachments: Number(r.attachments),
    answeredQuestions: Number(r.questions),
  }));
