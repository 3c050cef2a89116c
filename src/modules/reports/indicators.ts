// Every indicator of the reports, defined once: key, Vietnamese and English label, legal meaning and source, the
// counters it reads and how its value is computed. Indicators read only the incremental counters
// (unit_counters, rolled up by month in unit_counter_months — migrations/053_reports.sql) and the unit tree:
// never another module's record tables. Their cost grows with units × months, not with records.
//
// Counter keys are those of docs/conventions.md ("Indicator counter keys").
import { percent } from '../../core/format.ts';

/** "Units that held": distinct units of a kind, in the subtree, with the counter > 0 in the period. */
export interface UnitsWithInput {
  key: string;
  kind: 'agency' | 'enterprise';
}

export interface IndicatorInputs {
  /** Σ counter over the subtree and the period. */
  sums?: string[];
  /** Σ counter over the subtree, due days from `from` to min(`to`, yesterday). */
  sumsUntilYesterday?: string[];
  /** Number of units of a kind with the counter > 0, and of all units of that kind. */
  unitsWith?: UnitsWithInput[];
}

/** What compute() sees: the fetched figures of one subtree (the whole unit, or one child). */
export interface IndicatorValues {
  sum(key: string): number;
  sumUntilYesterday(key: string): number;
  unitsWith(key: string, kind: 'agency' | 'enterprise'): number;
  units(kind: 'agency' | 'enterprise'): number;
}

export interface Share {
  /** Units of the kind in the subtree. */
  units: number;
  /** Of which held at least one in the period. */
  held: number;
  /** held / units in percent, one decimal (861/866 → 99.4); null when there is no such unit. */
  rate: number | null;
  /** Number of such conferences / dialogues held. */
  count: number;
}

export interface Indicators {
  staffConferences: Share;
  workerConferences: Share;
  dialogues: Share;
  villageMeetings: { held: number };
  opinions: { raised: number; resolved: number; rate: number | null };
  oversight: { activities: number; withViolations: number; recommendations: number; answeredOnTime: number };
  cases: { received: number; resolved: number; resolvedOnTime: number; overdue: number };
  decisions: { held: number; passed: number };
  disclosures: { published: number };
  consultations: { opened: number; opinions: number };
  models: { registered: number; commended: number };
}

export type IndicatorKey = keyof Indicators;

export type IndicatorGroup = 'conferences' | 'oversight' | 'cases' | 'decisions' | 'disclosures' | 'steering';

export interface IndicatorDefinition<K extends IndicatorKey = IndicatorKey> {
  key: K;
  group: IndicatorGroup;
  label: { vi: string; en: string };
  /** What the figure means in law and where it comes from. */
  legal: string;
  inputs: IndicatorInputs;
  compute(v: IndicatorValues): Indicators[K];
}

function share(v: IndicatorValues, key: string, kind: 'agency' | 'enterprise'): Share {
  const units = v.units(kind);
  const held = v.unitsWith(key, kind);
  return { units, held, rate: percent(held, units), count: v.sum(key) };
}

const def = <K extends IndicatorKey>(d: IndicatorDefinition<K>): IndicatorDefinition<K> => d;

export const INDICATORS = [
  def({
    key: 'staffConferences',
    group: 'conferences',
    label: {
      vi: 'Cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức',
      en: 'Agencies that held a staff conference',
    },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 50–51: cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, người lao động hằng năm. Số cơ quan, đơn vị có ít nhất một hội nghị hợp lệ trong kỳ trên tổng số cơ quan, đơn vị.',
    inputs: { sums: ['conferences.staff_conference'], unitsWith: [{ key: 'conferences.staff_conference', kind: 'agency' }] },
    compute: (v) => share(v, 'conferences.staff_conference', 'agency'),
  }),
  def({
    key: 'workerConferences',
    group: 'conferences',
    label: { vi: 'Doanh nghiệp tổ chức hội nghị người lao động', en: 'Enterprises that held a worker conference' },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 68–69; Bộ luật Lao động 2019: doanh nghiệp tổ chức hội nghị người lao động hằng năm. Số doanh nghiệp có hội nghị trong kỳ trên tổng số doanh nghiệp.',
    inputs: { sums: ['conferences.worker_conference'], unitsWith: [{ key: 'conferences.worker_conference', kind: 'enterprise' }] },
    compute: (v) => share(v, 'conferences.worker_conference', 'enterprise'),
  }),
  def({
    key: 'dialogues',
    group: 'conferences',
    label: { vi: 'Doanh nghiệp tổ chức đối thoại tại nơi làm việc', en: 'Enterprises that held a workplace dialogue' },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 73; Bộ luật Lao động 2019, Điều 63: đối thoại định kỳ ít nhất mỗi năm một lần và đối thoại khi có yêu cầu. Số doanh nghiệp có đối thoại trong kỳ trên tổng số doanh nghiệp.',
    inputs: { sums: ['conferences.dialogue'], unitsWith: [{ key: 'conferences.dialogue', kind: 'enterprise' }] },
    compute: (v) => share(v, 'conferences.dialogue', 'enterprise'),
  }),
  def({
    key: 'villageMeetings',
    group: 'conferences',
    label: { vi: 'Hội nghị thôn, tổ dân phố', en: 'Village meetings' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 16–20: cộng đồng dân cư bàn và quyết định tại hội nghị thôn, tổ dân phố.',
    inputs: { sums: ['conferences.village_meeting'] },
    compute: (v) => ({ held: v.sum('conferences.village_meeting') }),
  }),
  def({
    key: 'opinions',
    group: 'conferences',
    label: { vi: 'Ý kiến nêu tại hội nghị, đối thoại và được giải quyết', en: 'Opinions raised at conferences and dialogues, and resolved' },
    legal: 'Ý kiến, kiến nghị nêu tại hội nghị cán bộ, hội nghị người lao động, đối thoại, hội nghị thôn và số được giải quyết (Điều 51, 69, 73).',
    inputs: { sums: ['conferences.opinions_raised', 'conferences.opinions_resolved'] },
    compute: (v) => {
      const raised = v.sum('conferences.opinions_raised');
      const resolved = v.sum('conferences.opinions_resolved');
      return { raised, resolved, rate: percent(resolved, raised) };
    },
  }),
  def({
    key: 'oversight',
    group: 'oversight',
    label: { vi: 'Cuộc kiểm tra, giám sát của Ban TTND, Ban GSĐTCĐ', en: 'Supervision activities of the inspection and investment boards' },
    legal:
      'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 35–45: cuộc giám sát, số cuộc phát hiện dấu hiệu vi phạm, kiến nghị và kiến nghị được trả lời đúng hạn (15 ngày, Điều 40, 45).',
    inputs: {
      sums: ['oversight.activities', 'oversight.with_violations', 'oversight.recommendations', 'oversight.recommendations_answered_on_time'],
    },
    compute: (v) => ({
      activities: v.sum('oversight.activities'),
      withViolations: v.sum('oversight.with_violations'),
      recommendations: v.sum('oversight.recommendations'),
      answeredOnTime: v.sum('oversight.recommendations_answered_on_time'),
    }),
  }),
  def({
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
  }),
  def({
    key: 'decisions',
    group: 'decisions',
    label: { vi: 'Việc Nhân dân bàn và quyết định', en: 'Matters decided by households' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15–21: việc đã kết thúc biểu quyết trong kỳ và số được thông qua.',
    inputs: { sums: ['decisions.held', 'decisions.passed'] },
    compute: (v) => ({ held: v.sum('decisions.held'), passed: v.sum('decisions.passed') }),
  }),
  def({
    key: 'disclosures',
    group: 'disclosures',
    label: { vi: 'Thông tin được công khai', en: 'Disclosures published' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11–14: thông tin công khai cho Nhân dân trong kỳ.',
    inputs: { sums: ['disclosures.published'] },
    compute: (v) => ({ published: v.sum('disclosures.published') }),
  }),
  def({
    key: 'consultations',
    group: 'decisions',
    label: { vi: 'Việc Nhân dân tham gia ý kiến', en: 'Consultations of residents' },
    legal: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 25–27: số việc lấy ý kiến Nhân dân mở trong kỳ và số ý kiến nhận được.',
    inputs: { sums: ['consultations.opened', 'consultations.opinions'] },
    compute: (v) => ({ opened: v.sum('consultations.opened'), opinions: v.sum('consultations.opinions') }),
  }),
  def({
    key: 'models',
    group: 'steering',
    label: { vi: 'Mô hình "Dân vận khéo" đăng ký / được khen thưởng', en: '"Skilful mass mobilisation" models registered / commended' },
    legal: 'Phong trào thi đua "Dân vận khéo": mô hình do đơn vị đăng ký (theo ngày bắt đầu) và mô hình được Ban Chỉ đạo khen thưởng (theo ngày đánh giá) trong kỳ.',
    inputs: { sums: ['steering.models_registered', 'steering.models_commended'] },
    compute: (v) => ({ registered: v.sum('steering.models_registered'), commended: v.sum('steering.models_commended') }),
  }),
] as const satisfies readonly IndicatorDefinition[];

/** All counter keys read, by how they are read. */
export function requiredInputs(defs: readonly IndicatorDefinition[] = INDICATORS) {
  const sums = new Set<string>();
  const untilYesterday = new Set<string>();
  const unitsWith = new Map<string, UnitsWithInput>();
  for (const d of defs) {
    d.inputs.sums?.forEach((k) => sums.add(k));
    d.inputs.sumsUntilYesterday?.forEach((k) => untilYesterday.add(k));
    d.inputs.unitsWith?.forEach((u) => unitsWith.set(u.key, u));
  }
  return { sums: [...sums], untilYesterday: [...untilYesterday], unitsWith: [...unitsWith.values()] };
}

export function computeAll(v: IndicatorValues): Indicators {
  const out: Record<string, unknown> = {};
  for (const d of INDICATORS) out[d.key] = (d as IndicatorDefinition).compute(v);
  return out as unknown as Indicators;
}

export const INDICATOR_BY_KEY: Record<IndicatorKey, IndicatorDefinition> = Object.fromEntries(
  INDICATORS.map((d) => [d.key, d as IndicatorDefinition]),
) as Record<IndicatorKey, IndicatorDefinition>;
