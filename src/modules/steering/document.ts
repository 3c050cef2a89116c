// The annual work programme of a steering committee as an official document (pure: the content only), in the layout
// of Decree 30/2020/NĐ-CP Appendix I (issuer block, number "Số: …/CTr-BCĐ" — "CTr" is the abbreviation of
// "Chương trình" in Appendix III —, place-date line, kind and summary, a table of tasks, signer, "Nơi nhận").
import { placeName, type OfficialDocument } from '../../core/documents/index.ts';
import { formatDate, formatInt } from '../../core/format.ts';

export interface ProgrammeForDocument {
  year: number;
  number: string | null;
  issuedOn: string;
  unitName: string;
  tasks: { title: string; dueOn: string; ownerName: string; assigneeName: string | null }[];
}

export interface CommitteeForDocument {
  name: string;
  head: string | null;
  deputy: string | null;
}

/** The committee's name without its unit ("Ban Chỉ đạo … ở cơ sở"), the unit standing above it in the issuer block. */
function issuerName(committee: string, unitName: string): string {
  const suffix = ` ${unitName.charAt(0).toLocaleLowerCase('vi')}${unitName.slice(1)}`;
  const name = committee.endsWith(suffix) ? committee.slice(0, -suffix.length) : committee;
  return name.toLocaleUpperCase('vi');
}

/** Who carries a task out: "Sở Nội vụ tỉnh Hưng Yên; đồng chí Phó Trưởng ban" or "—". */
const doer = (t: ProgrammeForDocument['tasks'][number]) => [t.assigneeName, t.ownerName].filter((x) => x && x.trim()).join('; ') || '—';

/** The programme as a Decree 30 document, signed by the committee's head (TRƯỞNG BAN), or for the head by a deputy. */
export function programmeDocument(p: ProgrammeForDocument, c: CommitteeForDocument): OfficialDocument {
  const committeeName = c.name;
  const signer = c.head
    ? { authority: 'TM. BAN CHỈ ĐẠO', position: 'TRƯỞNG BAN', name: c.head }
    : { authority: 'KT. TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN', name: c.deputy ?? '' };
  return {
    issuer: { parent: p.unitName.toLocaleUpperCase('vi'), name: issuerName(committeeName, p.unitName) },
    number: p.number ?? undefined,
    symbol: 'CTr-BCĐ',
    place: placeName(p.unitName),
    date: p.issuedOn,
    kind: 'CHƯƠNG TRÌNH',
    title: `Công tác năm ${p.year}`,
    sections: [
      {
        paragraphs: [
          `${committeeName} ban hành Chương trình công tác năm ${p.year} gồm ${formatInt(p.tasks.length)} nhiệm vụ, giao các thành viên Ban Chỉ đạo và các đơn vị tổ chức thực hiện đúng thời hạn như sau:`,
        ],
        table: {
          caption: `Chương trình công tác năm ${p.year}`,
          columns: ['TT', 'Nội dung', 'Đơn vị/người thực hiện', 'Thời hạn'],
          rows: p.tasks.map((t, i) => [String(i + 1), t.title, doer(t), formatDate(t.dueOn)]),
          widths: [6, 52, 28, 14],
          align: ['center', 'left', 'left', 'center'],
        },
        paragraphsAfterTable: [
          'Các thành viên Ban Chỉ đạo theo lĩnh vực, đơn vị được phân công theo dõi chủ động triển khai; định kỳ 6 tháng, cuối năm báo cáo kết quả về Thường trực Ban Chỉ đạo để tổng hợp.',
        ],
      },
    ],
    recipients: ['Các đồng chí thành viên Ban Chỉ đạo', 'Các đơn vị trực thuộc', 'Lưu: VT'],
    signer,
  };
}
