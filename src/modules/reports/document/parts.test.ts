// The report's composition: parts in the seeds' order, one line for a sector with nothing, no "0 …" filler, the zero
// of what units were required to do stated ("chưa tổ chức"), the records' notes before the people's words.
import { describe, expect, it } from 'vitest';
import { computeAll, defineIndicator, figuresSchema, type IndicatorDefinition, type IndicatorValues } from '../../../core/indicators.ts';
import { installedIndicators } from '../../../core/module.ts';
import { platformModules } from '../../../platform.ts';
import { buildReportDocument, type IndicatorReport } from './report.ts';
import { NO_LEADERSHIP, NO_NEXT_TASKS, RESULT_PARTS, resultRows, textsByPart } from './parts.ts';

platformModules();
const DEFS = installedIndicators();

/** Figures of a subtree from plain maps (missing = 0). */
function values(o: { sums?: Record<string, number>; until?: Record<string, number>; units?: Record<string, number>; held?: Record<string, number>; ofKind?: Record<string, number> } = {}): IndicatorValues {
  return {
    sum: (k) => o.sums?.[k] ?? 0,
    sumUntilYesterday: (k) => o.until?.[k] ?? 0,
    unitsWith: (k, kind) => o.held?.[`${k}|${kind}`] ?? 0,
    units: (kind) => o.units?.[kind] ?? 0,
    sumOfKind: (k, kind) => o.ofKind?.[`${k}|${kind}`] ?? 0,
  };
}

const unit = { id: 2, kind: 'province', name: 'Tỉnh Hưng Yên', path: '/1/2/' };
const report = (indicators: Record<string, unknown>): IndicatorReport => ({ unit, from: '2026-01-01', to: '2026-06-30', indicators, children: [] });
const doc = (defs: readonly IndicatorDefinition[], indicators: Record<string, unknown>, opts: { notes?: { part: 'leadership' | 'nextTasks' | 'committee'; paragraphs: string[] }[]; sections?: Record<string, string> } = {}) =>
  buildReportDocument(defs, report(indicators), [], { number: null, sections: opts.sections ?? {} }, { issuedOn: '2026-07-05', issuer: 'steering', notes: opts.notes });
const allText = (d: ReturnType<typeof doc>) => d.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');

describe('the report by parts', () => {
  it('writes the sections and sectors in the seeds’ order', () => {
    const d = doc(DEFS, computeAll(DEFS, values()));
    const headings = d.sections.map((s) => s.heading);
    expect(headings).toEqual([
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
      'III. KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ',
      ...RESULT_PARTS.map((p) => p.heading),
      '6. Tổng hợp chỉ tiêu',
      'IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'VI. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
  });

  it('with no record: each sector in one line, no zero filler anywhere', () => {
    const d = doc(DEFS, computeAll(DEFS, values()));
    for (const sector of RESULT_PARTS) expect(d.sections.find((s) => s.heading === sector.heading)!.paragraphs).toEqual([sector.none]);
    expect(d.sections[1]!.paragraphs).toEqual([NO_LEADERSHIP]);
    expect(d.sections.find((s) => s.heading?.startsWith('V.'))!.paragraphs).toEqual([NO_NEXT_TASKS]);
    // Sentences never state a count of zero (the summary table does, as a table).
    const sentences = [...textsByPart(DEFS, computeAll(DEFS, values())).values()].flat();
    expect(sentences).toEqual([]);
  });

  it('suppresses zero clauses: boards without activity, cases without receipts, decisions without disclosures', () => {
    const v = computeAll(DEFS, values({ sums: { 'cases.resolved': 4, 'decisions.held': 3, 'decisions.passed': 2, 'consultations.opened': 1, 'consultations.opinions': 57 } }));
    const communes = textsByPart(DEFS, v).get('communes')!;
    expect(communes).toEqual(['Đã giải quyết 4 đơn.', 'Nhân dân bàn và quyết định 3 việc, 2 việc được thông qua.', 'Lấy ý kiến Nhân dân về 1 việc, nhận được 57 ý kiến góp ý.']);
    expect(communes.join(' ')).not.toMatch(/\b0 /);
  });

  it('states the zero where units were required to act: agencies and enterprises that did not hold theirs', () => {
    const v = computeAll(
      DEFS,
      values({
        units: { agency: 12, enterprise: 4 },
        held: { 'conferences.staff_conference|agency': 0, 'conferences.dialogue|enterprise': 3, 'conferences.worker_conference|enterprise': 4 },
        sums: { 'conferences.dialogue': 3, 'conferences.worker_conference': 4, 'cases.received': 1949 },
        until: { 'cases.due': 2 },
      }),
    );
    const t = textsByPart(DEFS, v);
    expect(t.get('agencies')).toEqual(['12 đơn vị chưa tổ chức hội nghị cán bộ, công chức, viên chức.']);
    expect(t.get('enterprises')).toEqual([
      '4/4 doanh nghiệp (đạt 100%) tổ chức hội nghị người lao động.',
      '3/4 doanh nghiệp (đạt 75%) tổ chức đối thoại tại nơi làm việc; 1 doanh nghiệp chưa tổ chức.',
    ]);
    expect(t.get('communes')).toEqual(['Tiếp nhận 1.949 đơn thư; 2 đơn quá hạn giải quyết.']);
  });

  it('writes the boards’ work only when they worked; an unanswered recommendation is stated', () => {
    const v = computeAll(DEFS, values({ sums: { 'oversight.activities': 2, 'oversight.recommendations': 1 } }));
    expect(textsByPart(DEFS, v).get('communes')).toEqual([
      'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng thực hiện 2 cuộc giám sát; kiến nghị 1 nội dung, chưa có kiến nghị nào được trả lời đúng hạn.',
    ]);
  });

  it('writes the opinions of each sector apart: agencies with their conferences, enterprises, villages', () => {
    const v = computeAll(
      DEFS,
      values({
        units: { agency: 866, enterprise: 250 },
        held: { 'conferences.staff_conference|agency': 861, 'conferences.dialogue|enterprise': 229 },
        sums: { 'conferences.village_meeting': 40, 'conferences.opinions_raised': 2400, 'conferences.opinions_resolved': 2250 },
        ofKind: {
          'conferences.opinions_raised|agency': 600,
          'conferences.opinions_resolved|agency': 580,
          'conferences.opinions_raised|enterprise': 1500,
          'conferences.opinions_resolved|enterprise': 1412,
        },
      }),
    );
    const t = textsByPart(DEFS, v);
    expect(t.get('agencies')).toEqual([
      '861/866 đơn vị (đạt 99,4%) tổ chức hội nghị cán bộ, công chức, viên chức; 5 đơn vị chưa tổ chức.',
      'Tại hội nghị cán bộ, công chức, viên chức có 600 ý kiến được nêu, 580 ý kiến được giải quyết (đạt 96,7%).',
    ]);
    expect(t.get('enterprises')).toContain('Tại hội nghị người lao động, đối thoại ở doanh nghiệp có 1.500 ý kiến được nêu, 1.412 ý kiến được giải quyết (đạt 94,1%).');
    expect(t.get('communes')).toEqual(['Các thôn, tổ dân phố tổ chức 40 hội nghị, với 300 ý kiến được nêu, 258 ý kiến được giải quyết.']);
  });

  it('puts the records’ notes in their part (before the people’s words) and keeps the narrative drafts', () => {
    const part = defineIndicator<{ n: number }>({
      key: 'x',
      group: 'x',
      label: { vi: 'x', en: 'x' },
      legal: '',
      inputs: { sums: ['x'] },
      compute: (v) => ({ n: v.sum('x') }),
      schema: figuresSchema(['n']),
      report: { part: 'committee', sentences: (x) => (x.n ? [`${x.n} đơn vị nộp báo cáo đúng hạn.`] : []) },
    });
    const d = doc([part], { x: { n: 7 } }, {
      notes: [
        { part: 'leadership', paragraphs: ['Ban Chỉ đạo ban hành Chương trình công tác năm 2026 với 12 nhiệm vụ.'] },
        { part: 'nextTasks', paragraphs: ['Tổ chức hội nghị giao ban quý III.'] },
        { part: 'committee', paragraphs: ['Tổ chức 2 cuộc kiểm tra.'] },
      ],
      sections: { leadership: 'Các thành viên bám sát cơ sở.', tasks: 'Tiếp tục triển khai Luật.', situation: 'Tỉnh có 104 xã.' },
    });
    const para = (prefix: string) => d.sections.find((s) => s.heading?.startsWith(prefix))!.paragraphs;
    expect(para('I.')).toEqual(['Tỉnh có 104 xã.']);
    expect(para('II.')).toEqual(['Ban Chỉ đạo ban hành Chương trình công tác năm 2026 với 12 nhiệm vụ.', 'Các thành viên bám sát cơ sở.']);
    expect(para('4.')).toEqual(['7 đơn vị nộp báo cáo đúng hạn.', 'Tổ chức 2 cuộc kiểm tra.']);
    expect(para('V.')).toEqual(['Tổ chức hội nghị giao ban quý III.', 'Tiếp tục triển khai Luật.']);
    expect(para('IV.')).toEqual(['…']);
    expect(allText(d)).toContain('4. Hoạt động của Ban Chỉ đạo');
    expect(resultRows(textsByPart([part], { x: { n: 7 } }))).toContainEqual({ sector: '4. Hoạt động của Ban Chỉ đạo', text: '7 đơn vị nộp báo cáo đúng hạn.' });
  });
});
