// What the report says, part by part, in the order the steering committees' reports say it (the seeds: Hưng Yên 6
// months 2021, Bắc Kạn 2023, Thanh Ba 2022, Sóc Trăng 2024, Hà Nội 2020): II leadership and direction, III results by
// sector, V tasks for the next period. Each part gathers the sentences of the indicators placed there
// (core/indicators.ts `report.part`, default 'communes') and the modules' notes written from their records
// (core/module.ts `reportNotes`), in the order of the module list. A part with nothing says so in one line.
import type { IndicatorDefinition, ReportPart } from '../../../core/indicators.ts';
import type { ReportNote } from '../../../core/module.ts';

/** The sectors of section III, in the seeds' order, with their heading and the line written when nothing is known. */
export const RESULT_PARTS: readonly { part: ReportPart; heading: string; none: string }[] = [
  { part: 'communes', heading: '1. Ở xã, phường', none: 'Trong kỳ, chưa có số liệu về thực hiện dân chủ ở xã, phường.' },
  {
    part: 'agencies',
    heading: '2. Ở cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập',
    none: 'Trong kỳ, chưa có số liệu về thực hiện dân chủ ở cơ quan, đơn vị.',
  },
  { part: 'enterprises', heading: '3. Ở doanh nghiệp', none: 'Trong kỳ, chưa có số liệu về thực hiện dân chủ ở doanh nghiệp.' },
  {
    part: 'committee',
    heading: '4. Hoạt động của Ban Chỉ đạo',
    none: 'Trong kỳ, chưa có số liệu về việc nộp báo cáo, kiểm tra, đánh giá, phân loại của Ban Chỉ đạo.',
  },
  { part: 'danVanKheo', heading: '5. Phong trào thi đua "Dân vận khéo"', none: 'Trong kỳ, chưa có mô hình "Dân vận khéo" được ghi nhận.' },
];

/** The line of section II, and of section V, when neither the records nor the people say anything. */
export const NO_LEADERSHIP = 'Trong kỳ, chưa có văn bản chỉ đạo, kiểm tra, hội nghị hay tập huấn của Ban Chỉ đạo được ghi nhận.';
export const NO_NEXT_TASKS = 'Chưa có nhiệm vụ kỳ tới được xác định tại các hội nghị sơ kết, tổng kết.';

export type PartTexts = Map<ReportPart, string[]>;

/** Sentences of every indicator, then the modules' notes, gathered by part (indicators first, in list order). */
export function textsByPart(defs: readonly IndicatorDefinition[], values: Record<string, unknown>, notes: readonly ReportNote[] = []): PartTexts {
  const out: PartTexts = new Map();
  const add = (part: ReportPart, texts: readonly string[]) => {
    const clean = texts.map((t) => t.trim()).filter(Boolean);
    if (clean.length) out.set(part, [...(out.get(part) ?? []), ...clean]);
  };
  for (const d of defs) {
    const sentences = d.report?.sentences?.(values[d.key], (key) => values[key]);
    if (sentences) add(d.report?.part ?? 'communes', sentences);
  }
  for (const n of notes) add(n.part, n.paragraphs);
  return out;
}

/** The paragraphs of one sector of section III: what is known of it, or the one line saying nothing is. */
export function sectorParagraphs(texts: PartTexts, sector: (typeof RESULT_PARTS)[number]): string[] {
  return texts.get(sector.part) ?? [sector.none];
}

/**
 * A part written from records and by people (II, V): the records' paragraphs, then the people's; the one line when
 * there is neither.
 */
export function recordedAndWritten(texts: PartTexts, part: ReportPart, written: string[], none: string): string[] {
  const recorded = texts.get(part) ?? [];
  return recorded.length || written.length ? [...recorded, ...written] : [none];
}

/** Every sentence of section III by sector, as rows of a sheet: [sector heading, sentence]. */
export function resultRows(texts: PartTexts): { sector: string; text: string }[] {
  return RESULT_PARTS.flatMap((s) => sectorParagraphs(texts, s).map((text) => ({ sector: s.heading, text })));
}
