// Indicator of disclosures (Law 10/2022 Art. 11–14), read from the counter `disclosures.published`.
import { formatInt } from '../../core/format.ts';
import { PARTICIPATION_SHEET, defineIndicator, figuresSchema } from '../../core/indicators.ts';


export const INDICATORS = [
  defineIndicator<{ published: number }>({
    key: 'disclosures',
    group: 'disclosures',
    label: { vi: 'Thông tin được công khai', en: 'Disclosures published' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11–14: thông tin công khai cho Nhân dân trong kỳ.',
    inputs: { sums: ['disclosures.published'] },
    compute: (v) => ({ published: v.sum('disclosures.published') }),
    schema: figuresSchema(['published']),
    report: {
      // Its sentence is written with the decisions' (one sentence "Công khai …; Nhân dân bàn và quyết định …").
      part: 'communes',
      summary: (d) => [['Thông tin được công khai', formatInt(d.published)]],
      sheetRows: (d) => [{ label: 'Thông tin được công khai', n: d.published }],
      sheet: { ...PARTICIPATION_SHEET, columns: [{ header: 'Thông tin công khai', key: 'published', kind: 'int', value: (d) => d.published }] },
      figure: { label: { vi: 'Thông tin được công khai', en: 'Disclosures published' }, value: (d) => ({ format: 'int', values: [d.published] }) },
    },
  }),
] as const;
