// Indicator of the "Dân vận khéo" emulation movement, read from the counters `steering.models_registered` (start
// date) and `steering.models_commended` (evaluation date).
import { formatInt, percent } from '../../core/format.ts';
import { defineIndicator, figuresSchema } from '../../core/indicators.ts';

export const INDICATORS = [
  defineIndicator<{ registered: number; commended: number }>({
    key: 'models',
    group: 'steering',
    label: { vi: 'Mô hình "Dân vận khéo" đăng ký / được khen thưởng', en: '"Skilful mass mobilisation" models registered / commended' },
    legal: 'Phong trào thi đua "Dân vận khéo": mô hình do đơn vị đăng ký (theo ngày bắt đầu) và mô hình được Ban Chỉ đạo khen thưởng (theo ngày đánh giá) trong kỳ.',
    inputs: { sums: ['steering.models_registered', 'steering.models_commended'] },
    compute: (v) => ({ registered: v.sum('steering.models_registered'), commended: v.sum('steering.models_commended') }),
    schema: figuresSchema(['registered', 'commended']),
    report: {
      summary: (m) => [['Mô hình "Dân vận khéo" đăng ký / được khen thưởng', `${formatInt(m.registered)} / ${formatInt(m.commended)}`]],
      sheetRows: (m) => [
        { label: 'Mô hình "Dân vận khéo" đăng ký', n: m.registered },
        { label: 'Mô hình "Dân vận khéo" được khen thưởng', n: m.commended, of: m.registered, rate: percent(m.commended, m.registered) },
      ],
    },
  }),
] as const;
