// Reads of steering committees: the committee of a unit with its members (current and former), the units each
// follows, its working rules and the dated history of its membership. For those who manage it and those who read
// the unit's reports.
import { attachmentOut, attachmentsMeta } from '../../../core/attachments.ts';
import type { Ctx } from '../../../core/context.ts';
import { can } from '../../../core/permissions.ts';
import { forbidden, unauthorized } from '../../../core/refusal.ts';
import { getUnit, unitsByIds } from '../../units/index.ts';
import { MEMBER_ROLE_LABELS, MEMBER_ROLES } from '../rules.ts';
import * as store from '../store/committees.ts';
import type { MemberRole } from '../tables.ts';

type EventRow = Awaited<ReturnType<typeof store.listEvents>>[number];

/** One line of the history, in Vietnamese: "Bổ sung Ủy viên Nguyễn Văn A", "Thôi tham gia: …". */
function eventText(e: EventRow): string {
  const d = e.data as { role?: MemberRole; from?: Record<string, unknown>; to?: Record<string, unknown> };
  if (e.kind === 'added') return `${e.name} tham gia Ban Chỉ đạo (${MEMBER_ROLE_LABELS[d.role ?? 'member']})`;
  if (e.kind === 'removed') return `${e.name} thôi tham gia Ban Chỉ đạo`;
  const parts: string[] = [];
  if (d.to?.role) parts.push(`từ ${MEMBER_ROLE_LABELS[d.from!.role as MemberRole]} thành ${MEMBER_ROLE_LABELS[d.to.role as MemberRole]}`);
  if (d.to?.position !== undefined) parts.push(`chức vụ: ${String(d.to.position) || '—'}`);
  if (d.to?.followsUnitIds) parts.push('đổi đơn vị được phân công theo dõi');
  if (d.to?.name) parts.push(`họ tên: ${String(d.to.name)}`);
  return `${e.name}: ${parts.join('; ')}`;
}

/** The committee of a unit (0 or 1 item), with what the reader may do. */
export async function committeesOfUnit(ctx: Ctx, unitId: number) {
  if (!ctx.actor) throw unauthorized();
  const unit = await getUnit(ctx.db, unitId);
  const manage = can(ctx.actor, 'committee.manage', unit.path);
  if (!manage && !can(ctx.actor, 'report.read', unit.path)) throw forbidden();
  const c = await store.committeeOfUnit(ctx.db, unit.id);
  if (!c) return { items: [], can: { create: manage } };
  const [members, events, rules] = await Promise.all([
    store.listMembers(ctx.db, c.id),
    store.listEvents(ctx.db, c.id),
    c.rules_attachment_id ? attachmentsMeta(ctx.db, [c.rules_attachment_id]) : Promise.resolve([]),
  ]);
  const followed = new Map((await unitsByIds(ctx.db, [...new Set(members.flatMap((m) => m.follows_unit_ids))])).map((u) => [u.id, u.name]));
  const rank = (r: MemberRole) => MEMBER_ROLES.indexOf(r);
  const sorted = [...members].sort((a, b) => Number(!!a.to_on) - Number(!!b.to_on) || rank(a.role) - rank(b.role) || a.id - b.id);
  const head = members.find((m) => m.role === 'head' && !m.to_on);
  return {
    items: [
      {
        id: String(c.id),
        unitId: String(unit.id),
        unitName: unit.name,
        name: c.name,
        head: head?.name ?? null,
        currentMembers: members.filter((m) => !m.to_on).length,
        workingRules: rules[0] ? attachmentOut(rules[0]) : null,
        members: sorted.map((m) => ({
          id: String(m.id),
          name: m.name,
          position: m.position,
          role: m.role,
          roleLabel: MEMBER_ROLE_LABELS[m.role],
          userId: m.user_id === null ? null : String(m.user_id),
          follows: m.follows_unit_ids.map((id) => ({ id: String(id), name: followed.get(id) ?? '' })),
          fromOn: m.from_on,
          toOn: m.to_on,
          current: !m.to_on,
        })),
        history: events.map((e) => ({
          id: String(e.id),
          memberId: String(e.member_id),
          kind: e.kind,
          on: e.on_date,
          reason: e.reason,
          text: eventText(e),
        })),
        can: { manage },
      },
    ],
    can: { create: false },
  };
}

/** What the programme document and the report need of a unit's committee: its name and current head. */
export async function committeeSummary(ctx: Pick<Ctx, 'db'>, unitId: number) {
  const c = await store.committeeOfUnit(ctx.db, unitId);
  if (!c) return null;
  const members = await store.listMembers(ctx.db, c.id);
  const current = members.filter((m) => !m.to_on);
  const head = current.find((m) => m.role === 'head') ?? null;
  const deputy = current.find((m) => m.role === 'deputy') ?? null;
  return { id: c.id, name: c.name, head: head?.name ?? null, deputy: deputy?.name ?? null, members, events: await store.listEvents(ctx.db, c.id) };
}
