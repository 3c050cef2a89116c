// Indicator of consultations of residents (Law 10/2022 Art. 25–28), read from the counters
// `consultations.opened` and `consultations.opinions`.
import { formatInt } from '../../core/format.ts';
import { PARTICIPATION_PANEL, PARTICIPATION_SHEET, defineIndicator, figuresSchema } from '../../core/indicators.ts';


export const INDICATORS = [
  defineIndicator<{ opened: number; opinions: number }>({
    key: 'consultations',
    group: 'decisions',
    label: { vi: 'Việc Nhân dân tham gia ý kiến', en: 'Consultations of residents' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 25–27: số việc lấy ý kiến Nhân dân mở trong kỳ và số ý kiến nhận được.',
    inputs: { sums: ['consultations.opened', 'consultations.opinions'] },
    compute: (v) => ({ opened: v.sum('consultations.opened'), opinions: v.sum('consultations.opinions') }),
    schema: figuresSchema(['opened', 'opinions']),
    report: {
      part: 'communes',
      summary: (c) => [['Việc lấy ý kiến Nhân dân / ý kiến nhận được', `${formatInt(c.opened)} / ${formatInt(c.opinions)}`]],
      sentences: (c) => {
        if (!c.opened && !c.opinions) return [];
        const opened = c.opened ? `Lấy ý kiến Nhân dân về ${formatInt(c.opened)} việc` : 'Các việc lấy ý kiến Nhân dân';
        return [`${opened}, nhận được ${formatInt(c.opinions)} ý kiến góp ý.`];
      },
      sheet: {
        ...PARTICIPATION_SHEET,
        columns: [
          { header: 'Việc lấy ý kiến', key: 'opened', kind: 'int', value: (c) => c.opened },
          { header: 'Ý kiến nhận được', key: 'opinions', kind: 'int', value: (c) => c.opinions },
        ],
      },
      panel: { ref: PARTICIPATION_PANEL, columns: [{ key: 'consultationOpinions', label: { vi: 'Ý kiến góp ý', en: 'Consultation opinions' }, value: (c) => c.opinions }] },
    },
  }),
] as const;
