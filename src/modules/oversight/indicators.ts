// Indicators of the People's Inspection Board and the Investment Supervision Board (Law 10/2022 Art. 35–45), read
// from the counters `oversight.*` bumped when an activity is recorded and a recommendation answered.
import { formatInt, percent } from '../../core/format.ts';
import { defineIndicator, figuresSchema } from '../../core/indicators.ts';

interface Oversight {
  activities: number;
  withViolations: number;
  recommendations: number;
  answeredOnTime: number;
}

export const INDICATORS = [
  defineIndicator<Oversight>({
    key: 'oversight',
    group: 'oversight',
    label: { vi: 'Cuộc kiểm tra, giám sát của Ban TTND, Ban GSĐTCĐ', en: 'Supervision activities of the inspection and investment boards' },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 35–45: cuộc giám sát, số cuộc phát hiện dấu hiệu vi phạm, kiến nghị và kiến nghị được trả lời đúng hạn (15 ngày, Điều 40, 45).',
    inputs: { sums: ['oversight.activities', 'oversight.with_violations', 'oversight.recommendations', 'oversight.recommendations_answered_on_time'] },
    compute: (v) => ({
      activities: v.sum('oversight.activities'),
      withViolations: v.sum('oversight.with_violations'),
      recommendations: v.sum('oversight.recommendations'),
      answeredOnTime: v.sum('oversight.recommendations_answered_on_time'),
    }),
    schema: figuresSchema(['activities', 'withViolations', 'recommendations', 'answeredOnTime']),
    report: {
      summary: (o) => [
        ['Cuộc kiểm tra, giám sát của Ban TTND, Ban GSĐTCĐ', formatInt(o.activities)],
        ['Cuộc giám sát phát hiện dấu hiệu vi phạm', formatInt(o.withViolations)],
        ['Kiến nghị của Ban TTND, Ban GSĐTCĐ / được trả lời đúng hạn', `${formatInt(o.recommendations)} / ${formatInt(o.answeredOnTime)}`],
      ],
      part: 'communes',
      // Only what was done: no sentence without an activity; recommendations must be answered (Art. 40, 45), so
      // how many were answered on time is stated once there are some.
      sentences: (o) => {
        if (!o.activities && !o.recommendations) return [];
        const found = o.withViolations ? `, phát hiện ${formatInt(o.withViolations)} cuộc có dấu hiệu vi phạm` : '';
        const did = o.activities ? `thực hiện ${formatInt(o.activities)} cuộc giám sát${found}` : '';
        const answered = o.answeredOnTime ? `${formatInt(o.answeredOnTime)} kiến nghị được trả lời đúng hạn` : 'chưa có kiến nghị nào được trả lời đúng hạn';
        const recs = o.recommendations ? `kiến nghị ${formatInt(o.recommendations)} nội dung, ${answered}` : '';
        return [`Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ${[did, recs].filter(Boolean).join('; ')}.`];
      },
      childColumns: [{ header: 'Giám sát / vi phạm', width: 11, cell: (o) => `${formatInt(o.activities)} / ${formatInt(o.withViolations)}` }],
      sheetRows: (o) => [
        { label: 'Cuộc giám sát', n: o.activities },
        { label: 'Cuộc giám sát có dấu hiệu vi phạm', n: o.withViolations, of: o.activities, rate: percent(o.withViolations, o.activities) },
      ],
      sheet: {
        name: 'Kiểm tra, giám sát',
        title: 'Kiểm tra, giám sát',
        columns: [
          { header: 'Cuộc giám sát', key: 'activities', kind: 'int', value: (o) => o.activities },
          { header: 'Có dấu hiệu vi phạm', key: 'violations', kind: 'int', value: (o) => o.withViolations },
          { header: 'Kiến nghị', key: 'recs', kind: 'int', value: (o) => o.recommendations },
          { header: 'Trả lời đúng hạn', key: 'onTime', kind: 'int', value: (o) => o.answeredOnTime },
        ],
      },
      figure: { label: { vi: 'Cuộc giám sát / có dấu hiệu vi phạm', en: 'Supervision activities / with signs of violation' }, value: (o) => ({ format: 'pair', values: [o.activities, o.withViolations] }) },
      trend: [{ key: 'oversightActivities', label: { vi: 'Cuộc giám sát', en: 'Supervision' }, counters: ['oversight.activities'] }],
    },
  }),
] as const;
