// Paragraphs of the report's part "leadership" written from the requests a committee issued in the period: the
// documents by number, date and subject ("ban hành Hướng dẫn số 05/HD-BCĐ ngày 10/06/2026 về tự kiểm tra …"), then,
// for each one that asked a report back, how the units answered. Pure: dates are parameters. Document names follow
// Decree 30/2020/ND-CP Appendix I (type, number, date, subject: "Hướng dẫn số …/HD-… ngày … về …").
import { formatDate, formatInt } from '../../core/format.ts';

export interface IssuedForNotes {
  title: string;
  number: string | null;
  issuedOn: string;
  dueOn: string | null;
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
}

const DOC_TYPES = ['Hướng dẫn', 'Công văn', 'Kế hoạch', 'Chỉ thị', 'Thông báo', 'Quyết định', 'Văn bản'];

const lowerFirst = (s: string) => (s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s);

/** "Hướng dẫn số 05/HD-BCĐ ngày 10/06/2026 về tự kiểm tra …" from the title, the number and the date. */
export function documentName(r: Pick<IssuedForNotes, 'title' | 'number' | 'issuedOn'>): string {
  const title = r.title.trim();
  const type = DOC_TYPES.find((t) => title.toLocaleLowerCase('vi').startsWith(t.toLocaleLowerCase('vi') + ' '));
  const docType = type ?? 'văn bản';
  let subject = type ? title.slice(type.length).trim() : title;
  if (subject.toLocaleLowerCase('vi').startsWith('về ')) subject = subject.slice(3);
  const number = r.number ? ` số ${r.number}` : '';
  return `${docType}${number} ngày ${formatDate(r.issuedOn)} về ${lowerFirst(subject)}`;
}

/** How the units answered one request, as of `today` (null when it asked nothing back). */
export function answersSentence(r: IssuedForNotes, today: string): string | null {
  if (!r.dueOn || r.expected === 0) return null;
  const ref = documentName(r).split(' về ')[0]!;
  const share = `${formatInt(r.submitted)}/${formatInt(r.expected)} đơn vị đã gửi báo cáo`;
  if (today <= r.dueOn) return `Thực hiện ${ref}, đến nay ${share} (hạn gửi ${formatDate(r.dueOn)}).`;
  const split = r.late ? ` (${formatInt(r.onTime)} đúng hạn, ${formatInt(r.late)} chậm)` : r.submitted ? ', đúng thời gian quy định' : '';
  const missing = r.expected - r.submitted;
  const rest = missing ? `; ${formatInt(missing)} đơn vị chưa gửi báo cáo` : '';
  return `Thực hiện ${ref}, ${share}${split}${rest}.`;
}

/** The paragraphs: nothing when nothing was issued in the period (the report says so itself). */
export function leadershipParagraphs(issued: readonly IssuedForNotes[], today: string): string[] {
  if (!issued.length) return [];
  const sorted = [...issued].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  const names = sorted.map(documentName);
  const head =
    sorted.length === 1
      ? `Ban Chỉ đạo đã ban hành ${names[0]}.`
      : `Ban Chỉ đạo đã ban hành ${formatInt(sorted.length)} văn bản chỉ đạo, hướng dẫn: ${names.join('; ')}.`;
  return [head, ...sorted.map((r) => answersSentence(r, today)).filter((s): s is string => s !== null)];
}
