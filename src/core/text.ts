// Vietnamese text utilities shared by the whole platform: folding (diacritics-insensitive matching),
// tokenisation into syllables, stop words, syllable bigrams and a Vietnamese collator.
// Pure functions, no I/O.
//
// Vietnamese words are mostly made of several syllables written apart ("ngân sách", "giao thông"), so the unit
// of text here is the syllable; adjacent-syllable bigrams ("ngan_sach") stand in for words.

/** Combining diacritical marks (U+0300–U+036F): all Vietnamese tone and vowel marks decompose into these. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Lower-cases and removes diacritics, đ/Đ → d (also Ð/ð, U+00D0, which old fonts and encoders put for Đ).
 * Accepts NFC or NFD input (and mixtures). "Ngân Sách" → "ngan sach"; "ĐƯỜNG" → "duong". Characters other than
 * letters are kept as they are.
 */
export function foldVietnamese(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đð]/g, 'd').normalize('NFC');
}

/** True when the text carries at least one Vietnamese (Latin) diacritic or đ/Đ. */
export function hasDiacritics(s: string): boolean {
  if (!NON_ASCII.test(s)) return false;
  return foldVietnamese(s) !== s.toLowerCase().normalize('NFC');
}

// A syllable is a run of letters, combining marks and digits. Numbers written with Vietnamese thousands
// separators ("1.949", "18.126") stay one token.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const THOUSANDS = /(\d)\.(?=\d{3}(?!\d))/g;

/**
 * Surface tokens: lower-cased, NFC, diacritics kept. "Làm ĐƯỜNG bê-tông, 1.500 m" → ["làm", "đường", "bê",
 * "tông", "1500", "m"].
 */
export function wordTokens(s: string): string[] {
  const text = s.normalize('NFC').toLowerCase().replace(THOUSANDS, '$1');
  return text.match(WORD) ?? [];
}

// Punctuation that ends a clause: a bigram never spans it ("lầy lội, đi lại" gives no "lội_đi").
const WORD_OR_BREAK = /([\p{L}\p{M}\p{N}]+)|([.,;:!?…()[\]{}"“”«»\n\r]|\s[-–—]\s|[–—])/gu;

/**
 * Surface tokens as `wordTokens`, plus for each one whether it starts a clause (first word, or first after
 * punctuation such as , ; . ! ? : or a dash). "Đường lầy lội, đi lại khó" → words ["đường", "lầy", "lội", "đi",
 * "lại", "khó"], clauseStart [true, false, false, true, false, false].
 */
export function segmentWords(s: string): { words: string[]; clauseStart: boolean[] } {
  const text = s.normalize('NFC').toLowerCase().replace(THOUSANDS, '$1');
  const words: string[] = [];
  const clauseStart: boolean[] = [];
  let pending = true;
  for (const m of text.matchAll(WORD_OR_BREAK)) {
    if (m[1] === undefined) {
      pending = true;
      continue;
    }
    words.push(m[1]);
    clauseStart.push(pending);
    pending = false;
  }
  return { words, clauseStart };
}

/** Folded word tokens (numbers kept): "Ngân sách năm 2024" → ["ngan", "sach", "nam", "2024"]. */
export function tokenize(s: string): string[] {
  return wordTokens(s).map(foldVietnamese);
}

/** Adjacent pairs joined with `sep`: ["ngan", "sach", "xa"] → ["ngan_sach", "sach_xa"]. */
export function bigrams(tokens: readonly string[], sep = '_'): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(tokens[i] + sep + tokens[i + 1]);
  return out;
}

/**
 * Single-syllable function words (lower case, with diacritics). Chosen for opinions and questions written by
 * residents: pronouns and forms of address, particles, conjunctions, prepositions, aspect markers, quantifiers.
 * Syllables that are also common content words in a commune's affairs are deliberately left out
 * (mới "new", đi "go" as in "đi lại", làm "make", chính "main", toàn "whole", cách "way", nhất "most", cấp "supply/level").
 */
const STOP_WORD_LIST: readonly string[] = [
  // pronouns and forms of address
  'tôi', 'ta', 'mình', 'chúng', 'họ', 'nó', 'anh', 'chị', 'em', 'ông', 'bà', 'bác', 'cô', 'chú', 'bạn', 'ai',
  'người',
  // particles and interjections
  'à', 'ạ', 'ơi', 'ừ', 'ờ', 'ừm', 'nhé', 'nhỉ', 'hả', 'chứ', 'chăng', 'thôi', 'vâng', 'dạ', 'thưa', 'xin', 'ấy',
  'đấy', 'đây', 'đó', 'kia', 'nọ', 'này', 'nào', 'gì', 'sao', 'vậy', 'thế',
  // conjunctions
  'và', 'với', 'cùng', 'hay', 'hoặc', 'nhưng', 'mà', 'thì', 'là', 'nếu', 'tuy', 'dù', 'dẫu', 'song', 'vì',
  'bởi', 'nên', 'rằng', 'hễ', 'kẻo', 'để',
  // prepositions and place/time words
  'của', 'cho', 'trong', 'ngoài', 'trên', 'dưới', 'tại', 'ở', 'từ', 'đến', 'tới', 'về', 'vào', 'ra', 'lên',
  'qua', 'theo', 'bằng', 'giữa', 'sau', 'trước', 'khi', 'lúc', 'nơi', 'nay', 'bây', 'giờ',
  // aspect, modality, degree
  'đã', 'đang', 'sẽ', 'vừa', 'từng', 'vẫn', 'còn', 'cứ', 'chưa', 'không', 'chẳng', 'chả', 'có', 'được',
  'bị', 'phải', 'cần', 'muốn', 'hãy', 'đừng', 'chớ', 'rất', 'quá', 'lắm', 'hơn', 'kém', 'thật', 'cũng',
  'đều', 'chỉ', 'luôn', 'ngay', 'lại', 'nữa', 'thêm', 'rồi', 'càng', 'sớm', 'hết', 'khá', 'hơi',
  // quantifiers and determiners
  'các', 'những', 'mọi', 'mỗi', 'một', 'vài', 'mấy', 'bao', 'nhiều', 'ít', 'cả', 'tất', 'cái',
  'chiếc', 'con', 'sự', 'việc', 'điều', 'nhau', 'khác', 'thứ',
  // verbs of saying/thinking that carry no topic in an opinion
  'thấy', 'nghĩ', 'biết', 'hỏi', 'nói', 'xem', 'mong', 'chắc', 'lẽ',
];

/** Stop words, lower-case NFC with diacritics ("để", "đã", "cho"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_LIST.map((w) => w.normalize('NFC')));

/**
 * Folded forms of stop words that are, just as often, content words that matter in a commune's affairs: for text
 * typed without diacritics they are kept. lam: lắm / làm; ho: họ / hộ; chi: chỉ / chi (thu chi); thu: thứ / thu;
 * dung: đừng / sử dụng, xây dựng; moi: mọi / mới, môi trường; ve: về / vệ sinh; van: vẫn / văn hóa; can: cần /
 * cán bộ; boi: bởi / bồi thường; dau: dẫu / đầu tư; den: đến / đèn; o: ở / ô nhiễm…
 */
const FOLDED_AMBIGUOUS: ReadonlySet<string> = new Set([
  'lam', 'ho', 'chi', 'thu', 'dung', 'moi', 've', 'van', 'can', 'boi', 'dau', 'den', 'o', 'tai', 'su', 'tu', 'cu',
  'cung', 'chung', 'chu', 'ong', 'ban', 'bang', 'bao', 'du', 'day', 'dang', 'ha', 'he', 'hoi', 'may', 'minh', 'nao',
  'nen', 'no', 'noi', 'nhu', 'ma', 'le', 'thay', 'the', 'thi', 'vay', 'vi', 'cai', 'ca', 'nghi',
]);

/**
 * The same stop words folded ("de", "da", "cho"), for text typed without diacritics. Folding merges some
 * function words with content words ("để"/"đê", "cho"/"chợ", "trong"/"trồng"): where the function word is by far
 * the more frequent reading the folded form stays a stop word; where the content word is common too
 * ("lắm"/"làm", "họ"/"hộ", "thứ"/"thu") it does not.
 */
export const STOP_WORDS_FOLDED: ReadonlySet<string> = new Set(
  STOP_WORD_LIST.map(foldVietnamese).filter((w) => !FOLDED_AMBIGUOUS.has(w)),
);

/**
 * Two-syllable stop phrases, folded (the pair of syllables is dropped together): generic words of an opinion
 * ("ý kiến", "đề nghị", "kiến nghị", "dự thảo"), multi-syllable function words ("tuy nhiên", "chúng tôi") and
 * stance words, which are counted separately from themes ("đồng ý", "nhất trí").
 */
export const STOP_PHRASES_FOLDED: ReadonlySet<string> = new Set([
  'y kien', 'de nghi', 'kien nghi', 'de xuat', 'du thao', 'gop y', 'xem xet', 'quan tam', 'thuc hien',
  'chinh quyen', 'dia phuong', 'co quan', 'van de', 'thoi gian', 'hien nay', 'sap toi',
  'tuy nhien', 'boi vi', 'vi vay', 'do do', 'cho nen', 'vi the', 'nhu vay', 'nhu the', 'ngoai ra', 'dong thoi',
  'hon nua', 'tat ca', 'vi du', 'cu the', 'co the', 'can phai', 'mong muon', 'hy vong', 'hi vong', 'rat mong',
  'tai sao', 'bao gio', 'bao nhieu', 'the nao', 'nhu nao', 'luc nao',
  'chung toi', 'chung ta', 'chung em', 'nguoi dan', 'nhan dan', 'ba con', 'cong dan', 'gia dinh',
  'cam on', 'xin cam', 'dong y', 'nhat tri', 'ung ho', 'tan thanh', 'phan doi', 'khong dong',
  'hop ly', 'phu hop', 'can thiet', 'kip thoi', 'nhanh chong', 'dam bao', 'day du', 'ro rang', 'chac chan',
  'co le', 'hoan toan',
]);

/**
 * Stop-word test for one word. A word written with diacritics is checked exactly ("chợ" is not a stop word,
 * "cho" is); a word without diacritics is checked in its folded form ("de" is taken as "để").
 */
export function isStopWord(word: string): boolean {
  const w = word.normalize('NFC').toLowerCase();
  const f = foldVietnamese(w);
  return f === w ? STOP_WORDS_FOLDED.has(f) : STOP_WORDS.has(w);
}

/**
 * Marks the stop words of a token sequence. `surface` are lower-case NFC tokens (see `wordTokens`), `folded` the
 * same tokens folded. When the text carries diacritics anywhere, single syllables are checked exactly against
 * `STOP_WORDS` (so "chợ", "đê", "trồng" survive); when it is written entirely without diacritics, against
 * `STOP_WORDS_FOLDED`. Two-syllable stop phrases are matched on folded forms in both cases, never across a
 * clause boundary (`clauseStart[i]`: token i starts a clause, see `segmentWords`).
 */
export function stopWordMask(
  surface: readonly string[],
  folded: readonly string[],
  clauseStart?: readonly boolean[],
): boolean[] {
  let accented = false;
  for (let i = 0; i < surface.length; i++) {
    if (surface[i] !== folded[i]) {
      accented = true;
      break;
    }
  }
  const set = accented ? STOP_WORDS : STOP_WORDS_FOLDED;
  const words = accented ? surface : folded;
  const mask = new Array<boolean>(surface.length);
  for (let i = 0; i < surface.length; i++) mask[i] = set.has(words[i]);
  for (let i = 0; i + 1 < folded.length; i++) {
    if (clauseStart?.[i + 1]) continue;
    if (STOP_PHRASES_FOLDED.has(folded[i] + ' ' + folded[i + 1])) {
      mask[i] = true;
      mask[i + 1] = true;
    }
  }
  return mask;
}

const PURE_NUMBER = /^\p{N}+$/u;

/** True for a token made only of digits ("2024", "3"). */
export function isNumberToken(token: string): boolean {
  return PURE_NUMBER.test(token);
}

/**
 * Features for similarity: folded syllable unigrams and adjacent-syllable bigrams ("ngan_sach"), stop words
 * removed. A bigram is formed only by two syllables adjacent in the same clause, both kept; pure numbers are not
 * features on their own but do form bigrams ("thon_3").
 * "Đề nghị công khai ngân sách xã" → ["cong", "khai", "ngan", "sach", "xa", "cong_khai", "khai_ngan",
 * "ngan_sach", "sach_xa"].
 */
export function syllableFeatures(s: string): string[] {
  const { words: surface, clauseStart } = segmentWords(s);
  const folded = surface.map(foldVietnamese);
  const stop = stopWordMask(surface, folded, clauseStart);
  const unigrams: string[] = [];
  const pairs: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (stop[i]) continue;
    const num = isNumberToken(folded[i]);
    if (!num) unigrams.push(folded[i]);
    if (i + 1 < folded.length && !stop[i + 1] && !clauseStart[i + 1] && !(num && isNumberToken(folded[i + 1]))) {
      pairs.push(folded[i] + '_' + folded[i + 1]);
    }
  }
  return unigrams.concat(pairs);
}

const viCollator = new Intl.Collator('vi', { numeric: true });

/** Vietnamese sort order for names and labels: a < ă < â < b … d < đ; "Thôn 2" < "Thôn 10". */
export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}
