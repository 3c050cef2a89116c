// Indicators of the steering committees' year, read from counters only (core/counters.ts), so their cost grows with
// units × days, not with records:
//  - `steering`: requests issued, submissions expected / on time / late / missing, inspections, evaluations by level,
//    reviews, briefings, trainings and participants. The counters are bumped by the modules that own the records
//    (requests, inspections, evaluations, conferences — see docs/conventions.md, "Indicator counter keys").
//  - `danVanKheo`: "Dân vận khéo" models registered (start date), evaluated (first evaluation) and commended.
import { formatInt, percent } from '../../core/format.ts';
import { defineIndicator, figuresSchema } from '../../core/indicators.ts';
import { EVALUATION_LEVELS } from '../evaluations/index.ts';

/** The classification levels in force (the evaluations module owns the configurable list: tốt / khá / trung bình / yếu by default). */
const LEVELS: readonly string[] = EVALUATION_LEVELS.map((l) => l.key);
const levelWord = (key: string) => (EVALUATION_LEVELS.find((l) => l.key === key)?.label ?? key).toLocaleLowerCase('vi');

export const COUNTERS = {
  requests: 'steering.requests',
  expected: 'steering.expected',
  submitted: 'steering.submitted',
  onTime: 'steering.on_time',
  late: 'steering.late',
  inspections: 'steering.inspections',
  reviews: 'steering.reviews',
  briefings: 'steering.briefings',
  trainings: 'steering.trainings',
  participants: 'steering.training_participants',
  evaluation: (level: string) => `steering.evaluations.${level}`,
} as const;

export interface SteeringFigures {
  requests: number;
  expectedSubmissions: number;
  submittedOnTime: number;
  submittedLate: number;
  missing: number;
  inspections: number;
  evaluations: Record<string, number>;
  reviews: number;
  briefings: number;
  trainings: number;
  trainingParticipants: number;
}

const INTS = ['requests', 'expectedSubmissions', 'submittedOnTime', 'submittedLate', 'missing', 'inspections', 'reviews', 'briefings', 'trainings', 'trainingParticipants'] as const;
const steeringSchema = {
  type: 'object',
  required: [...INTS, 'evaluations'],
  additionalProperties: false,
  properties: {
    ...Object.fromEntries(INTS.map((k) => [k, { type: 'integer' }])),
    evaluations: { type: 'object', required: [...LEVELS], additionalProperties: { type: 'integer' }, properties: Object.fromEntries(LEVELS.map((l) => [l, { type: 'integer' }])) },
  },
};

const evaluated = (s: SteeringFigures) => Object.values(s.evaluations).reduce((a, b) => a + b, 0);
const byLevel = (s: SteeringFigures) =>
  LEVELS.filter((l) => (s.evaluations[l] ?? 0) > 0)
    .map((l) => `${formatInt(s.evaluations[l]!)} ${levelWord(l)}`)
    .join(', ');

/** Sentences of the committee's own work: only figures that carry information (the missing reports are stated). */
export function steeringSentences(s: SteeringFigures): string[] {
  const out: string[] = [];
  if (s.requests > 0) out.push(`Ban Chỉ đạo ban hành ${formatInt(s.requests)} văn bản chỉ đạo, hướng dẫn, yêu cầu báo cáo.`);
  if (s.expectedSubmissions > 0) {
    const tail = [s.submittedLate > 0 ? `${formatInt(s.submittedLate)} đơn vị nộp muộn` : '', s.missing > 0 ? `${formatInt(s.missing)} đơn vị chưa nộp báo cáo` : ''].filter(Boolean);
    out.push(`${formatInt(s.submittedOnTime)}/${formatInt(s.expectedSubmissions)} đơn vị nộp báo cáo đúng hạn${tail.length ? `; ${tail.join('; ')}` : ''}.`);
  }
  if (s.inspections > 0) out.push(`Tổ chức ${formatInt(s.inspections)} cuộc kiểm tra việc thực hiện dân chủ ở cơ sở.`);
  if (evaluated(s) > 0) out.push(`Đánh giá, phân loại ${formatInt(evaluated(s))} đơn vị: ${byLevel(s)}.`);
  const meetings = [s.reviews > 0 ? `${formatInt(s.reviews)} hội nghị sơ kết, tổng kết` : '', s.briefings > 0 ? `${formatInt(s.briefings)} hội nghị giao ban` : ''].filter(Boolean);
  if (meetings.length) out.push(`Tổ chức ${meetings.join(', ')}.`);
  if (s.trainings > 0) {
    out.push(`Tổ chức ${formatInt(s.trainings)} lớp tập huấn${s.trainingParticipants > 0 ? ` với ${formatInt(s.trainingParticipants)} lượt người tham gia` : ''}.`);
  }
  return out;
}

export interface DanVanKheo {
  registered: number;
  evaluated: number;
  commended: number;
}

/** Models registered by the units; evaluated and commended by the committee (only the non-zero parts). */
export function danVanKheoSentences(m: DanVanKheo): string[] {
  const out: string[] = [];
  if (m.registered > 0) out.push(`Các đơn vị đăng ký ${formatInt(m.registered)} mô hình "Dân vận khéo".`);
  const committee = [m.evaluated > 0 ? `đánh giá ${formatInt(m.evaluated)} mô hình` : '', m.commended > 0 ? `khen thưởng ${formatInt(m.commended)} mô hình tiêu biểu` : ''].filter(Boolean);
  if (committee.length) out.push(`Ban Chỉ đạo ${committee.join(', ')}.`);
  return out;
}

export const INDICATORS = [
  defineIndicator<SteeringFigures>({
    key: 'steering',
    group: 'steering',
    label: { vi: 'Hoạt động của Ban Chỉ đạo', en: 'Steering committee work' },
    legal:
      'Công tác của Ban Chỉ đạo thực hiện dân chủ ở cơ sở: văn bản yêu cầu báo cáo (theo ngày ban hành), báo cáo phải nộp, đúng hạn, muộn (theo hạn nộp) và chưa nộp (hạn đã qua đến hôm qua), kiểm tra, đánh giá phân loại theo mức, hội nghị sơ kết, tổng kết, giao ban, tập huấn trong kỳ.',
    inputs: {
      sums: [COUNTERS.requests, COUNTERS.expected, COUNTERS.onTime, COUNTERS.late, COUNTERS.inspections, COUNTERS.reviews, COUNTERS.briefings, COUNTERS.trainings, COUNTERS.participants, ...LEVELS.map(COUNTERS.evaluation)],
      sumsUntilYesterday: [COUNTERS.expected, COUNTERS.submitted],
    },
    compute: (v) => ({
      requests: v.sum(COUNTERS.requests),
      expectedSubmissions: v.sum(COUNTERS.expected),
      submittedOnTime: v.sum(COUNTERS.onTime),
      submittedLate: v.sum(COUNTERS.late),
      missing: Math.max(0, v.sumUntilYesterday(COUNTERS.expected) - v.sumUntilYesterday(COUNTERS.submitted)),
      inspections: v.sum(COUNTERS.inspections),
      evaluations: Object.fromEntries(LEVELS.map((l) => [l, v.sum(COUNTERS.evaluation(l))])),
      reviews: v.sum(COUNTERS.reviews),
      briefings: v.sum(COUNTERS.briefings),
      trainings: v.sum(COUNTERS.trainings),
      trainingParticipants: v.sum(COUNTERS.participants),
    }),
    schema: steeringSchema,
    report: {
      part: 'committee',
      summary: (s) => [
        ['Đơn vị nộp báo cáo đúng hạn / phải nộp', `${formatInt(s.submittedOnTime)}/${formatInt(s.expectedSubmissions)}`],
        ['Cuộc kiểm tra của Ban Chỉ đạo', formatInt(s.inspections)],
        ['Đơn vị được đánh giá, phân loại', evaluated(s) > 0 ? `${formatInt(evaluated(s))} (${byLevel(s)})` : '0'],
      ],
      sentences: (s) => steeringSentences(s),
      sheetRows: (s) => [
        { label: 'Văn bản chỉ đạo, hướng dẫn, yêu cầu báo cáo', n: s.requests },
        { label: 'Đơn vị nộp báo cáo đúng hạn', n: s.submittedOnTime, of: s.expectedSubmissions, rate: percent(s.submittedOnTime, s.expectedSubmissions) },
        { label: 'Đơn vị nộp báo cáo muộn', n: s.submittedLate, of: s.expectedSubmissions },
        { label: 'Đơn vị chưa nộp báo cáo (đã quá hạn)', n: s.missing, of: s.expectedSubmissions },
        { label: 'Cuộc kiểm tra của Ban Chỉ đạo', n: s.inspections },
        ...LEVELS.map((l) => ({ label: `Đơn vị được phân loại ${levelWord(l)}`, n: s.evaluations[l] ?? 0 })),
        { label: 'Hội nghị sơ kết, tổng kết', n: s.reviews },
        { label: 'Hội nghị giao ban', n: s.briefings },
        { label: 'Lớp tập huấn', n: s.trainings },
        { label: 'Lượt người tham gia tập huấn', n: s.trainingParticipants },
      ],
    },
  }),
  defineIndicator<DanVanKheo>({
    key: 'danVanKheo',
    group: 'steering',
    label: { vi: 'Mô hình "Dân vận khéo" đăng ký / được đánh giá / được khen thưởng', en: '"Skilful mass mobilisation" models registered / evaluated / commended' },
    legal:
      'Phong trào thi đua "Dân vận khéo": mô hình do đơn vị đăng ký (theo ngày bắt đầu), mô hình được Ban Chỉ đạo đánh giá lần đầu và mô hình được khen thưởng (theo ngày đánh giá) trong kỳ.',
    inputs: { sums: ['steering.models_registered', 'steering.models_evaluated', 'steering.models_commended'] },
    compute: (v) => ({
      registered: v.sum('steering.models_registered'),
      evaluated: v.sum('steering.models_evaluated'),
      commended: v.sum('steering.models_commended'),
    }),
    schema: figuresSchema(['registered', 'evaluated', 'commended']),
    report: {
      part: 'danVanKheo',
      summary: (m) => [['Mô hình "Dân vận khéo" đăng ký / được đánh giá / được khen thưởng', `${formatInt(m.registered)} / ${formatInt(m.evaluated)} / ${formatInt(m.commended)}`]],
      sentences: (m) => danVanKheoSentences(m),
      sheetRows: (m) => [
        { label: 'Mô hình "Dân vận khéo" đăng ký', n: m.registered },
        { label: 'Mô hình "Dân vận khéo" được đánh giá', n: m.evaluated, of: m.registered, rate: percent(m.evaluated, m.registered) },
        { label: 'Mô hình "Dân vận khéo" được khen thưởng', n: m.commended, of: m.registered, rate: percent(m.commended, m.registered) },
      ],
    },
  }),
] as const;
