// Indicators of feedback, petitions, complaints and denunciations (Law on Complaints 2011, Law on Denunciations
// 2018, Law on Citizen Reception 2013), read from the counters `cases.*` (docs/conventions.md: overdue cases are the
// due days passed minus the cases closed by their due date; `cases.received.<type>` split the received by type), and
// of citizen reception, read from `reception.sessions` / `reception.citizens`.
import { formatInt, percent } from '../../core/format.ts';
import { defineIndicator, figuresSchema } from '../../core/indicators.ts';
import { CASE_TYPES, RECEPTION_CITIZENS_KEY, RECEPTION_SESSIONS_KEY, receivedByTypeKey, type CaseType } from './rules/index.ts';

interface Cases {
  received: number;
  resolved: number;
  resolvedOnTime: number;
  overdue: number;
  /** Received, by type (api.md `cases.byType`). */
  byType: Record<CaseType, number>;
}

interface Reception {
  /** Receptions logged in the citizen-reception book (Law on Citizen Reception 2013 Art. 27). */
  sessions: number;
  /** Citizens received in them. */
  citizens: number;
}

const TYPE_HEADERS: Record<CaseType, string> = { feedback: 'Phản ánh', petition: 'Kiến nghị', complaint: 'Khiếu nại', denunciation: 'Tố cáo' };

const casesSchema = (() => {
  const base = figuresSchema(['received', 'resolved', 'resolvedOnTime', 'overdue']) as { required: string[]; properties: Record<string, unknown> };
  return { ...base, required: [...base.required, 'byType'], properties: { ...base.properties, byType: figuresSchema(CASE_TYPES) } };
})();

const CASES_PANEL = {
  key: 'cases',
  title: { vi: 'Đơn thư theo trạng thái', en: 'Cases by status' },
  chart: 'pie',
  alt: { vi: 'Biểu đồ tròn: đơn thư theo trạng thái', en: 'Pie chart: cases by status' },
} as const;

export const INDICATORS = [
  defineIndicator<Cases>({
    key: 'cases',
    group: 'cases',
    label: { vi: 'Đơn thư phản ánh, kiến nghị, khiếu nại, tố cáo', en: 'Feedback, petitions, complaints and denunciations' },
    legal:
      'Luật Khiếu nại 2011, Luật Tố cáo 2018, Luật Tiếp công dân 2013: đơn tiếp nhận, đã giải quyết, giải quyết đúng hạn (trên các hạn trong kỳ) và quá hạn (hạn đã qua trong kỳ mà chưa giải quyết đúng hạn).',
    inputs: {
      sums: ['cases.received', 'cases.resolved', 'cases.closed_by_due', ...CASE_TYPES.map(receivedByTypeKey)],
      sumsUntilYesterday: ['cases.due', 'cases.closed_by_due'],
    },
    compute: (v) => ({
      received: v.sum('cases.received'),
      resolved: v.sum('cases.resolved'),
      resolvedOnTime: v.sum('cases.closed_by_due'),
      overdue: Math.max(0, v.sumUntilYesterday('cases.due') - v.sumUntilYesterday('cases.closed_by_due')),
      byType: Object.fromEntries(CASE_TYPES.map((t) => [t, v.sum(receivedByTypeKey(t))])) as Record<CaseType, number>,
    }),
    schema: casesSchema,
    report: {
      part: 'communes',
      summary: (c) => [
        ['Đơn thư tiếp nhận', formatInt(c.received)],
        ['Đơn thư đã giải quyết', formatInt(c.resolved)],
        ['Đơn thư giải quyết đúng hạn', formatInt(c.resolvedOnTime)],
        ['Đơn thư quá hạn giải quyết', formatInt(c.overdue)],
      ],
      // Each clause only where it carries a figure; an overdue case is always information.
      sentences: (c) => {
        const received = c.received ? `tiếp nhận ${formatInt(c.received)} đơn thư` : '';
        const onTime = c.resolvedOnTime ? `, trong đó ${formatInt(c.resolvedOnTime)} đơn đúng hạn` : '';
        const resolved = c.resolved ? `đã giải quyết ${formatInt(c.resolved)} đơn${onTime}` : '';
        const overdue = c.overdue ? `${formatInt(c.overdue)} đơn quá hạn giải quyết` : '';
        const text = [[received, resolved].filter(Boolean).join(', '), overdue].filter(Boolean).join('; ');
        if (!text) return [];
        return [`${text.charAt(0).toUpperCase()}${text.slice(1)}.`];
      },
      childColumns: [{ header: 'Đơn thư / quá hạn', width: 11, cell: (c) => `${formatInt(c.received)} / ${formatInt(c.overdue)}` }],
      sheetRows: (c) => [
        { label: 'Đơn thư tiếp nhận', n: c.received },
        { label: 'Đơn thư đã giải quyết', n: c.resolved, of: c.received, rate: percent(c.resolved, c.received) },
        { label: 'Đơn thư giải quyết đúng hạn', n: c.resolvedOnTime },
        { label: 'Đơn thư quá hạn', n: c.overdue },
      ],
      sheet: {
        name: 'Đơn thư',
        title: 'Đơn thư',
        columns: [
          { header: 'Tiếp nhận', key: 'received', kind: 'int', value: (c) => c.received },
          { header: 'Đã giải quyết', key: 'resolved', kind: 'int', value: (c) => c.resolved },
          { header: 'Đúng hạn', key: 'onTime', kind: 'int', value: (c) => c.resolvedOnTime },
          { header: 'Quá hạn', key: 'overdue', kind: 'int', value: (c) => c.overdue },
          ...CASE_TYPES.map((t) => ({ header: TYPE_HEADERS[t], key: t, kind: 'int' as const, value: (c: Cases) => c.byType[t] })),
        ],
      },
      figure: { label: { vi: 'Đơn thư tiếp nhận / quá hạn', en: 'Cases received / overdue' }, value: (c) => ({ format: 'pair', values: [c.received, c.overdue] }) },
      panel: {
        ref: CASES_PANEL,
        columns: [
          { key: 'received', label: { vi: 'Tiếp nhận', en: 'Received' }, value: (c) => c.received },
          { key: 'resolved', label: { vi: 'Đã giải quyết', en: 'Resolved' }, value: (c) => c.resolved },
          { key: 'resolvedOnTime', label: { vi: 'Đúng hạn', en: 'On time' }, value: (c) => c.resolvedOnTime },
          { key: 'overdue', label: { vi: 'Quá hạn', en: 'Overdue' }, value: (c) => c.overdue },
        ],
        // Pending = received − resolved, of which overdue shown apart.
        slices: (c) => [
          { key: 'resolved', label: { vi: 'Đã giải quyết', en: 'Resolved' }, value: c.resolved },
          { key: 'pending', label: { vi: 'Đang giải quyết trong hạn', en: 'Pending within time limit' }, value: Math.max(0, Math.max(0, c.received - c.resolved) - c.overdue) },
          { key: 'overdue', label: { vi: 'Quá hạn', en: 'Overdue' }, value: c.overdue },
        ],
      },
      trend: [{ key: 'casesReceived', label: { vi: 'Tiếp nhận', en: 'Received' }, counters: ['cases.received'] }],
    },
  }),
  defineIndicator<Reception>({
    key: 'reception',
    group: 'cases',
    label: { vi: 'Tiếp công dân', en: 'Citizen reception' },
    legal:
      'Luật Tiếp công dân 2013, Điều 15, 27: người đứng đầu tiếp công dân định kỳ và đột xuất, mọi lượt tiếp được ghi vào sổ tiếp công dân. Số lượt tiếp được ghi sổ và số người được tiếp trong kỳ.',
    inputs: { sums: [RECEPTION_SESSIONS_KEY, RECEPTION_CITIZENS_KEY] },
    compute: (v) => ({ sessions: v.sum(RECEPTION_SESSIONS_KEY), citizens: v.sum(RECEPTION_CITIZENS_KEY) }),
    schema: figuresSchema(['sessions', 'citizens']),
    report: {
      part: 'communes',
      summary: (r) => [
        ['Lượt tiếp công dân', formatInt(r.sessions)],
        ['Công dân được tiếp', formatInt(r.citizens)],
      ],
      // Citizen reception is required of every commune (Art. 15), but a period without a logged reception is not
      // known to be one without reception: nothing is written then.
      sentences: (r) => (r.sessions ? [`Tổ chức ${formatInt(r.sessions)} lượt tiếp công dân với ${formatInt(r.citizens)} người được tiếp.`] : []),
      sheetRows: (r) => [
        { label: 'Lượt tiếp công dân', n: r.sessions },
        { label: 'Công dân được tiếp', n: r.citizens },
      ],
      // The group's one sheet (the reports write one sheet per indicator group).
      sheet: {
        name: 'Đơn thư',
        title: 'Đơn thư',
        columns: [
          { header: 'Lượt tiếp', key: 'sessions', kind: 'int', value: (r) => r.sessions },
          { header: 'Người được tiếp', key: 'citizens', kind: 'int', value: (r) => r.citizens },
        ],
      },
      trend: [{ key: 'receptionSessions', label: { vi: 'Lượt tiếp công dân', en: 'Receptions' }, counters: [RECEPTION_SESSIONS_KEY] }],
    },
  }),
] as const;
