// Indicator of feedback, petitions, complaints and denunciations (Law on Complaints 2011, Law on Denunciations
// 2018, Law on Citizen Reception 2013), read from the counters `cases.*` (docs/conventions.md: overdue cases are the
// due days passed minus the cases closed by their due date).
import { formatInt, percent } from '../../core/format.ts';
import { defineIndicator, figuresSchema } from '../../core/indicators.ts';

interface Cases {
  received: number;
  resolved: number;
  resolvedOnTime: number;
  overdue: number;
}

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
    inputs: { sums: ['cases.received', 'cases.resolved', 'cases.closed_by_due'], sumsUntilYesterday: ['cases.due', 'cases.closed_by_due'] },
    compute: (v) => ({
      received: v.sum('cases.received'),
      resolved: v.sum('cases.resolved'),
      resolvedOnTime: v.sum('cases.closed_by_due'),
      overdue: Math.max(0, v.sumUntilYesterday('cases.due') - v.sumUntilYesterday('cases.closed_by_due')),
    }),
    schema: figuresSchema(['received', 'resolved', 'resolvedOnTime', 'overdue']),
    report: {
      summary: (c) => [
        ['Đơn thư tiếp nhận', formatInt(c.received)],
        ['Đơn thư đã giải quyết', formatInt(c.resolved)],
        ['Đơn thư giải quyết đúng hạn', formatInt(c.resolvedOnTime)],
        ['Đơn thư quá hạn giải quyết', formatInt(c.overdue)],
      ],
      part: 'communes',
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
] as const;
