// Indicators of conferences and dialogues (Law 10/2022 Art. 50–51, 68–69, 73; Labour Code 2019 Art. 63), read from
// the counters `conferences.<kind>` and `conferences.opinions_*` bumped when a conference is recorded.
import { formatInt, formatPercent, formatShare, percent } from '../../core/format.ts';
import { PARTICIPATION_PANEL, defineIndicator, figuresSchema, shareOf, shareSchema, type PanelRef, type Share } from '../../core/indicators.ts';

const shareText = (s: Share) => formatShare(s.held, s.units);

/**
 * A sentence for what every unit of a kind must hold (a zero is information here: "chưa tổ chức"), e.g.
 * "861/866 đơn vị (đạt 99,4%) tổ chức hội nghị …; 5 đơn vị chưa tổ chức." — nothing where there is no such unit.
 */
function requiredShare(s: Share, noun: string, act: string): string[] {
  if (!s.units) return [];
  if (!s.held) return [`${formatInt(s.units)} ${noun} chưa ${act}.`];
  const missing = s.units - s.held;
  const rest = missing ? `; ${formatInt(missing)} ${noun} chưa tổ chức` : '';
  return [`${formatInt(s.held)}/${formatInt(s.units)} ${noun} (đạt ${formatPercent(s.rate)}) ${act}${rest}.`];
}

interface Opinions {
  raised: number;
  resolved: number;
  rate: number | null;
  agencyRaised: number;
  agencyResolved: number;
  enterpriseRaised: number;
  enterpriseResolved: number;
}

/** "… có 120 ý kiến được nêu, 100 ý kiến được giải quyết (đạt 83,3%)." — only where opinions were raised. */
const opinionsText = (where: string, raised: number, resolved: number): string[] =>
  raised > 0 ? [`${where} có ${formatInt(raised)} ý kiến được nêu, ${formatInt(resolved)} ý kiến được giải quyết (đạt ${formatPercent(percent(resolved, raised))}).`] : [];
const shareCell = (s: Share) => (s.units ? shareText(s) : '—');

const COMPLIANCE: PanelRef = {
  key: 'compliance',
  title: { vi: 'Tỷ lệ tổ chức hội nghị, đối thoại theo đơn vị', en: 'Conferences and dialogues held, by unit' },
  chart: 'bar',
  percent: true,
  alt: {
    vi: 'Biểu đồ cột: tỷ lệ phần trăm cơ quan tổ chức hội nghị cán bộ, doanh nghiệp tổ chức hội nghị người lao động và đối thoại, theo đơn vị. Số liệu có trong bảng ngay sau.',
    en: 'Bar chart: percentage of agencies holding a staff conference and of enterprises holding a worker conference and a dialogue, by unit. The figures are in the table that follows.',
  },
};

const CONFERENCE_SHEET = { name: 'Hội nghị, đối thoại', title: 'Hội nghị, đối thoại' };
const CONFERENCE_KINDS = ['conferences.staff_conference', 'conferences.worker_conference', 'conferences.dialogue', 'conferences.village_meeting'];

export const INDICATORS = [
  defineIndicator<Share>({
    key: 'staffConferences',
    group: 'conferences',
    label: { vi: 'Cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức', en: 'Agencies that held a staff conference' },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 50–51: cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, người lao động hằng năm. Số cơ quan, đơn vị có ít nhất một hội nghị hợp lệ trong kỳ trên tổng số cơ quan, đơn vị.',
    inputs: { sums: ['conferences.staff_conference'], unitsWith: [{ key: 'conferences.staff_conference', kind: 'agency' }] },
    compute: (v) => shareOf(v, 'conferences.staff_conference', 'agency'),
    schema: shareSchema,
    report: {
      part: 'agencies',
      summary: (s) => [['Cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức', `${shareText(s)} cơ quan, đơn vị`]],
      sentences: (s, of) => {
        const o = of('opinions') as Opinions | undefined;
        const at = o && s.units ? opinionsText('Tại hội nghị cán bộ, công chức, viên chức', o.agencyRaised, o.agencyResolved) : [];
        return [...requiredShare(s, 'đơn vị', 'tổ chức hội nghị cán bộ, công chức, viên chức'), ...at];
      },
      childColumns: [{ header: 'Hội nghị CBCCVC', width: 14, cell: shareCell }],
      sheetRows: (s) => [{ label: 'Cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức', n: s.held, of: s.units, rate: s.rate }],
      sheet: {
        ...CONFERENCE_SHEET,
        columns: [
          { header: 'Số cơ quan', key: 'agencies', kind: 'int', value: (s) => s.units },
          { header: 'Tổ chức HN CBCCVC', key: 'staff', kind: 'int', value: (s) => s.held },
          { header: 'Tỷ lệ HN CBCCVC', key: 'staffRate', kind: 'percent', value: (s) => s.rate },
        ],
      },
      figure: { label: { vi: 'Cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức', en: 'Agencies that held a staff conference' }, value: (s) => ({ format: 'share', values: [s.held, s.units] }) },
      panel: {
        ref: COMPLIANCE,
        columns: [
          { key: 'agencies', label: { vi: 'Số cơ quan', en: 'Agencies' }, value: (s) => s.units },
          { key: 'staffConferences', label: { vi: 'HN cán bộ', en: 'Staff conf.' }, value: (s) => (s.units ? s.rate : null), chart: true },
        ],
      },
      trend: [{ key: 'conferences', label: { vi: 'Hội nghị', en: 'Conferences' }, counters: CONFERENCE_KINDS }],
    },
  }),
  defineIndicator<Share>({
    key: 'workerConferences',
    group: 'conferences',
    label: { vi: 'Doanh nghiệp tổ chức hội nghị người lao động', en: 'Enterprises that held a worker conference' },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 68–69; Bộ luật Lao động 2019: doanh nghiệp tổ chức hội nghị người lao động hằng năm. Số doanh nghiệp có hội nghị trong kỳ trên tổng số doanh nghiệp.',
    inputs: { sums: ['conferences.worker_conference'], unitsWith: [{ key: 'conferences.worker_conference', kind: 'enterprise' }] },
    compute: (v) => shareOf(v, 'conferences.worker_conference', 'enterprise'),
    schema: shareSchema,
    report: {
      summary: (s) => [['Doanh nghiệp tổ chức hội nghị người lao động', `${shareText(s)} doanh nghiệp`]],
      part: 'enterprises',
      sentences: (s) => requiredShare(s, 'doanh nghiệp', 'tổ chức hội nghị người lao động'),
      childColumns: [{ header: 'Hội nghị NLĐ', width: 14, cell: shareCell }],
      sheetRows: (s) => [{ label: 'Doanh nghiệp tổ chức hội nghị người lao động', n: s.held, of: s.units, rate: s.rate }],
      sheet: {
        ...CONFERENCE_SHEET,
        columns: [
          { header: 'Số doanh nghiệp', key: 'enterprises', kind: 'int', value: (s) => s.units },
          { header: 'Tổ chức HN NLĐ', key: 'worker', kind: 'int', value: (s) => s.held },
          { header: 'Tỷ lệ HN NLĐ', key: 'workerRate', kind: 'percent', value: (s) => s.rate },
        ],
      },
      figure: { label: { vi: 'Doanh nghiệp tổ chức hội nghị người lao động', en: 'Enterprises that held a worker conference' }, value: (s) => ({ format: 'share', values: [s.held, s.units] }) },
      panel: {
        ref: COMPLIANCE,
        columns: [
          { key: 'enterprises', label: { vi: 'Số doanh nghiệp', en: 'Enterprises' }, value: (s) => s.units },
          { key: 'workerConferences', label: { vi: 'HN người lao động', en: 'Worker conf.' }, value: (s) => (s.units ? s.rate : null), chart: true },
        ],
      },
    },
  }),
  defineIndicator<Share>({
    key: 'dialogues',
    group: 'conferences',
    label: { vi: 'Doanh nghiệp tổ chức đối thoại tại nơi làm việc', en: 'Enterprises that held a workplace dialogue' },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 73; Bộ luật Lao động 2019, Điều 63: đối thoại định kỳ ít nhất mỗi năm một lần và đối thoại khi có yêu cầu. Số doanh nghiệp có đối thoại trong kỳ trên tổng số doanh nghiệp.',
    inputs: { sums: ['conferences.dialogue'], unitsWith: [{ key: 'conferences.dialogue', kind: 'enterprise' }] },
    compute: (v) => shareOf(v, 'conferences.dialogue', 'enterprise'),
    schema: shareSchema,
    report: {
      part: 'enterprises',
      summary: (s) => [['Doanh nghiệp tổ chức đối thoại tại nơi làm việc', `${shareText(s)} doanh nghiệp`]],
      // Periodic dialogue at least once a year (Labour Code 2019 Art. 63 cl. 2 a): "chưa tổ chức" is information.
      sentences: (s) => requiredShare(s, 'doanh nghiệp', 'tổ chức đối thoại tại nơi làm việc'),
      childColumns: [{ header: 'Đối thoại', width: 14, cell: shareCell }],
      sheetRows: (s) => [{ label: 'Doanh nghiệp tổ chức đối thoại tại nơi làm việc', n: s.held, of: s.units, rate: s.rate }],
      sheet: {
        ...CONFERENCE_SHEET,
        columns: [
          { header: 'Tổ chức đối thoại', key: 'dialogue', kind: 'int', value: (s) => s.held },
          { header: 'Tỷ lệ đối thoại', key: 'dialogueRate', kind: 'percent', value: (s) => s.rate },
        ],
      },
      figure: { label: { vi: 'Doanh nghiệp tổ chức đối thoại tại nơi làm việc', en: 'Enterprises that held a workplace dialogue' }, value: (s) => ({ format: 'share', values: [s.held, s.units] }) },
      panel: { ref: COMPLIANCE, columns: [{ key: 'dialogues', label: { vi: 'Đối thoại', en: 'Dialogue' }, value: (s) => (s.units ? s.rate : null), chart: true }] },
    },
  }),
  defineIndicator<{ held: number }>({
    key: 'villageMeetings',
    group: 'conferences',
    label: { vi: 'Hội nghị thôn, tổ dân phố', en: 'Village meetings' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 16–20: cộng đồng dân cư bàn và quyết định tại hội nghị thôn, tổ dân phố.',
    inputs: { sums: ['conferences.village_meeting'] },
    compute: (v) => ({ held: v.sum('conferences.village_meeting') }),
    schema: figuresSchema(['held']),
    report: {
      part: 'communes',
      summary: (m) => [['Hội nghị thôn, tổ dân phố', `${formatInt(m.held)} hội nghị`]],
      // Opinions at communes and villages: all opinions less those at agencies and enterprises.
      sentences: (m, of) => {
        if (!m.held) return [];
        const o = of('opinions') as Opinions | undefined;
        const raised = o ? o.raised - o.agencyRaised - o.enterpriseRaised : 0;
        const resolved = o ? o.resolved - o.agencyResolved - o.enterpriseResolved : 0;
        const tail = raised > 0 ? `, với ${formatInt(raised)} ý kiến được nêu, ${formatInt(resolved)} ý kiến được giải quyết` : '';
        return [`Các thôn, tổ dân phố tổ chức ${formatInt(m.held)} hội nghị${tail}.`];
      },
    },
  }),
  defineIndicator<Opinions>({
    key: 'opinions',
    group: 'conferences',
    label: { vi: 'Ý kiến nêu tại hội nghị, đối thoại và được giải quyết', en: 'Opinions raised at conferences and dialogues, and resolved' },
    legal:
      'Ý kiến, kiến nghị nêu tại hội nghị cán bộ, hội nghị người lao động, đối thoại, hội nghị thôn và số được giải quyết (Điều 51, 69, 73); trong đó tại cơ quan, đơn vị và tại doanh nghiệp.',
    inputs: {
      sums: ['conferences.opinions_raised', 'conferences.opinions_resolved'],
      sumsOfKind: (['agency', 'enterprise'] as const).flatMap((kind) => [
        { key: 'conferences.opinions_raised', kind },
        { key: 'conferences.opinions_resolved', kind },
      ]),
    },
    compute: (v) => {
      const raised = v.sum('conferences.opinions_raised');
      const resolved = v.sum('conferences.opinions_resolved');
      return {
        raised,
        resolved,
        rate: percent(resolved, raised),
        agencyRaised: v.sumOfKind('conferences.opinions_raised', 'agency'),
        agencyResolved: v.sumOfKind('conferences.opinions_resolved', 'agency'),
        enterpriseRaised: v.sumOfKind('conferences.opinions_raised', 'enterprise'),
        enterpriseResolved: v.sumOfKind('conferences.opinions_resolved', 'enterprise'),
      };
    },
    schema: figuresSchema(['raised', 'resolved', 'agencyRaised', 'agencyResolved', 'enterpriseRaised', 'enterpriseResolved'], ['rate']),
    report: {
      summary: (o) => [
        ['Ý kiến nêu tại hội nghị, đối thoại', formatInt(o.raised)],
        ['Ý kiến được giải quyết', formatShare(o.resolved, o.raised)],
      ],
      // The sentence of the enterprises; those at agencies and villages go with their conferences.
      part: 'enterprises',
      sentences: (o) => opinionsText('Tại hội nghị người lao động, đối thoại ở doanh nghiệp', o.enterpriseRaised, o.enterpriseResolved),
      sheetRows: (o) => [{ label: 'Ý kiến được giải quyết / ý kiến nêu', n: o.resolved, of: o.raised, rate: o.rate }],
      sheet: {
        ...CONFERENCE_SHEET,
        columns: [
          { header: 'Ý kiến nêu', key: 'raised', kind: 'int', value: (o) => o.raised },
          { header: 'Ý kiến được giải quyết', key: 'resolved', kind: 'int', value: (o) => o.resolved },
        ],
      },
      figure: { label: { vi: 'Ý kiến tại hội nghị, đối thoại được giải quyết', en: 'Opinions at conferences and dialogues resolved' }, value: (o) => ({ format: 'share', values: [o.resolved, o.raised] }) },
      panel: { ref: PARTICIPATION_PANEL, columns: [{ key: 'conferenceOpinions', label: { vi: 'Ý kiến tại hội nghị', en: 'Conference opinions' }, value: (o) => o.raised }] },
    },
  }),
] as const;
