// Indicator of household decisions (Law 10/2022 Art. 15–21), read from the counters `decisions.held` and
// `decisions.passed` bumped when a decision is closed.
import { formatInt, formatShare, percent } from '../../core/format.ts';
import { PARTICIPATION_PANEL, PARTICIPATION_SHEET, defineIndicator, figuresSchema } from '../../core/indicators.ts';


export const INDICATORS = [
  defineIndicator<{ held: number; passed: number }>({
    key: 'decisions',
    group: 'decisions',
    label: { vi: 'Việc Nhân dân bàn và quyết định', en: 'Matters decided by households' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15–21: việc đã kết thúc biểu quyết trong kỳ và số được thông qua.',
    inputs: { sums: ['decisions.held', 'decisions.passed'] },
    compute: (v) => ({ held: v.sum('decisions.held'), passed: v.sum('decisions.passed') }),
    schema: figuresSchema(['held', 'passed']),
    report: {
      summary: (d) => [
        ['Việc Nhân dân bàn và quyết định đã biểu quyết', formatInt(d.held)],
        ['Việc được thông qua', formatShare(d.passed, d.held)],
      ],
      part: 'communes',
      // The disclosures of the period open the same sentence, as the reports of the steering committees write it
      // ("Dân biết" before "Dân bàn"); a clause only where something was disclosed or decided.
      sentences: (d, of) => {
        const published = (of('disclosures') as { published: number } | undefined)?.published ?? 0;
        const passed = d.passed ? `${formatInt(d.passed)} việc được thông qua` : 'chưa có việc nào được thông qua';
        const clauses = [
          published ? `Công khai ${formatInt(published)} nội dung thông tin cho Nhân dân` : '',
          d.held ? `Nhân dân bàn và quyết định ${formatInt(d.held)} việc, ${passed}` : '',
        ].filter(Boolean);
        return clauses.length ? [`${clauses.join('; ')}.`] : [];
      },
      childColumns: [{ header: 'Biểu quyết / thông qua', width: 12, cell: (d) => `${formatInt(d.held)} / ${formatInt(d.passed)}` }],
      sheetRows: (d) => [{ label: 'Việc được thông qua / đã biểu quyết', n: d.passed, of: d.held, rate: percent(d.passed, d.held) }],
      sheet: {
        ...PARTICIPATION_SHEET,
        columns: [
          { header: 'Việc đã biểu quyết', key: 'held', kind: 'int', value: (d) => d.held },
          { header: 'Được thông qua', key: 'passed', kind: 'int', value: (d) => d.passed },
        ],
      },
      figure: { label: { vi: 'Việc dân bàn đã biểu quyết / được thông qua', en: 'Household decisions held / passed' }, value: (d) => ({ format: 'pair', values: [d.held, d.passed] }) },
      panel: {
        ref: PARTICIPATION_PANEL,
        columns: [
          { key: 'decisionsHeld', label: { vi: 'Đã biểu quyết', en: 'Held' }, value: (d) => d.held, chart: true },
          { key: 'decisionsPassed', label: { vi: 'Được thông qua', en: 'Passed' }, value: (d) => d.passed, chart: true },
        ],
      },
    },
  }),
] as const;
