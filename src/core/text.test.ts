import { describe, expect, it } from 'vitest';
import {
  STOP_PHRASES_FOLDED,
  STOP_WORDS,
  STOP_WORDS_FOLDED,
  bigrams,
  compareVi,
  foldVietnamese,
  hasDiacritics,
  isNumberToken,
  isStopWord,
  segmentWords,
  stopWordMask,
  syllableFeatures,
  tokenize,
  wordTokens,
} from './text.ts';

describe('foldVietnamese', () => {
  it('lower-cases and removes diacritics', () => {
    expect(foldVietnamese('Ngân Sách')).toBe('ngan sach');
    expect(foldVietnamese('ĐƯỜNG GIAO THÔNG')).toBe('duong giao thong');
    expect(foldVietnamese('đê điều')).toBe('de dieu');
    expect(foldVietnamese('\u00d0iện Biên')).toBe('dien bien'); // Ð (U+00D0) typed for Đ
  });

  it('folds every Vietnamese vowel with every tone, lower and upper case', () => {
    const vowels = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
    const expected = 'a'.repeat(17) + 'e'.repeat(11) + 'i'.repeat(5) + 'o'.repeat(17) + 'u'.repeat(11) + 'y'.repeat(5) + 'd';
    expect(foldVietnamese(vowels)).toBe(expected);
    expect(foldVietnamese(vowels.toUpperCase())).toBe(expected);
  });

  it('gives the same result for NFC and NFD input', () => {
    const nfc = 'Nguyễn Thị Hương, xã Điện Bàn'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfd)).toBe('nguyen thi huong, xa dien ban');
  });

  it('keeps digits, punctuation and spacing', () => {
    expect(foldVietnamese('Thôn 3 – 1.949 hộ; 99,4%!')).toBe('thon 3 – 1.949 ho; 99,4%!');
    expect(foldVietnamese('plain ascii')).toBe('plain ascii');
  });

  it('detects diacritics', () => {
    expect(hasDiacritics('ngân sách')).toBe(true);
    expect(hasDiacritics('Đ')).toBe(true);
    expect(hasDiacritics('ngan sach')).toBe(false);
    expect(hasDiacritics('ngân'.normalize('NFD'))).toBe(true);
  });
});

describe('tokenize', () => {
  it('splits into folded syllables and keeps numbers', () => {
    expect(tokenize('Ngân sách năm 2024 của xã Tân Lợi')).toEqual(['ngan', 'sach', 'nam', '2024', 'cua', 'xa', 'tan', 'loi']);
  });

  it('keeps Vietnamese thousands as one number and splits on punctuation and hyphens', () => {
    expect(tokenize('Làm ĐƯỜNG bê-tông, dài 1.500 m (thôn 3)')).toEqual(['lam', 'duong', 'be', 'tong', 'dai', '1500', 'm', 'thon', '3']);
  });

  it('handles NFD input and empty text', () => {
    expect(tokenize('Trường học'.normalize('NFD'))).toEqual(['truong', 'hoc']);
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ,.; ')).toEqual([]);
  });

  it('wordTokens keeps diacritics (lower case, NFC)', () => {
    expect(wordTokens('Đường  GIAO thông'.normalize('NFD'))).toEqual(['đường', 'giao', 'thông']);
  });

  it('segmentWords marks the first word of each clause', () => {
    const { words, clauseStart } = segmentWords('Đường lầy lội, đi lại khó - rất khó; bê-tông');
    expect(words).toEqual(['đường', 'lầy', 'lội', 'đi', 'lại', 'khó', 'rất', 'khó', 'bê', 'tông']);
    expect(clauseStart).toEqual([true, false, false, true, false, false, true, false, true, false]);
  });

  it('bigrams joins adjacent syllables', () => {
    expect(bigrams(['ngan', 'sach', 'xa'])).toEqual(['ngan_sach', 'sach_xa']);
    expect(bigrams(['ngan'])).toEqual([]);
    expect(bigrams(['a', 'b'], ' ')).toEqual(['a b']);
  });

  it('isNumberToken', () => {
    expect(isNumberToken('2024')).toBe(true);
    expect(isNumberToken('qh15')).toBe(false);
  });
});

describe('stop words', () => {
  it('has a reasonable list including the common function words', () => {
    expect(STOP_WORDS.size).toBeGreaterThanOrEqual(130);
    for (const w of ['và', 'của', 'là', 'các', 'những', 'được', 'cho', 'có', 'không', 'này', 'đã', 'sẽ', 'với', 'trong', 'thì', 'mà', 'để', 'người']) {
      expect(STOP_WORDS.has(w), w).toBe(true);
    }
  });

  it('stores words lower-case NFC, and their folded forms', () => {
    for (const w of STOP_WORDS) {
      expect(w).toBe(w.normalize('NFC').toLowerCase());
    }
    for (const w of STOP_WORDS_FOLDED) expect(w).toBe(foldVietnamese(w));
    expect(STOP_WORDS_FOLDED.has('de')).toBe(true);
    expect(STOP_WORDS_FOLDED.has('lam')).toBe(false); // lắm (stop) / làm (content)
    for (const p of STOP_PHRASES_FOLDED) expect(p).toBe(foldVietnamese(p));
  });

  it('checks accented words exactly and unaccented words by their folded form', () => {
    expect(isStopWord('cho')).toBe(true);
    expect(isStopWord('chợ')).toBe(false); // market
    expect(isStopWord('Để')).toBe(true);
    expect(isStopWord('đê')).toBe(false); // dike
    expect(isStopWord('de')).toBe(true); // typed without diacritics: read as "để"
    expect(isStopWord('trồng')).toBe(false);
    expect(isStopWord('lắm')).toBe(true);
    expect(isStopWord('lam')).toBe(false); // without diacritics, more likely "làm"
    expect(isStopWord('thu')).toBe(false); // "thu chi" 
    expect(isStopWord('ĐƯỢC'.normalize('NFD'))).toBe(true);
  });

  it('stopWordMask: accented text keeps content words that fold onto stop words', () => {
    const surface = wordTokens('Đề nghị xây chợ và đắp đê cho thôn');
    const mask = stopWordMask(surface, surface.map(foldVietnamese));
    expect(surface.filter((_, i) => !mask[i])).toEqual(['xây', 'chợ', 'đắp', 'đê', 'thôn']);
  });

  it('stopWordMask: unaccented text uses folded stop words and phrases', () => {
    const surface = wordTokens('de nghi lam duong cho thon de di lai');
    const mask = stopWordMask(surface, surface.map(foldVietnamese));
    expect(surface.filter((_, i) => !mask[i])).toEqual(['lam', 'duong', 'thon', 'di']);
  });

  it('stopWordMask: a stop phrase does not span a clause boundary', () => {
    const { words, clauseStart } = segmentWords('giá trị đề, nghị quyết');
    const mask = stopWordMask(words, words.map(foldVietnamese), clauseStart);
    expect(mask).toEqual([false, false, false, false, false]);
    const joined = segmentWords('đề nghị quyết');
    expect(stopWordMask(joined.words, joined.words.map(foldVietnamese), joined.clauseStart)).toEqual([true, true, false]);
  });
});

describe('syllableFeatures', () => {
  it('gives unigrams and in-clause bigrams without stop words', () => {
    expect(syllableFeatures('Đề nghị công khai ngân sách xã')).toEqual([
      'cong', 'khai', 'ngan', 'sach', 'xa', 'cong_khai', 'khai_ngan', 'ngan_sach', 'sach_xa',
    ]);
    expect(syllableFeatures('Đường lầy lội, đi khó')).not.toContain('loi_di');
  });

  it('is the same for accented, unaccented and NFD spellings', () => {
    const a = syllableFeatures('Đề nghị làm đường bê tông cho thôn 3');
    expect(syllableFeatures('de nghi lam duong be tong cho thon 3')).toEqual(a);
    expect(syllableFeatures('Đề nghị làm đường bê tông cho thôn 3'.normalize('NFD'))).toEqual(a);
    expect(a).toContain('thon_3');
    expect(a).not.toContain('3');
  });

  it('is empty for text made only of stop words', () => {
    expect(syllableFeatures('Tôi không có ý kiến gì thêm, đồng ý với dự thảo')).toEqual([]);
  });
});

describe('compareVi', () => {
  it('sorts in Vietnamese alphabetical order', () => {
    expect(['Đức', 'Dũng', 'Ân', 'An', 'Ăn', 'Bình'].sort(compareVi)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đức']);
  });

  it('compares numbers numerically', () => {
    expect(['Thôn 10', 'Thôn 2', 'Thôn 1'].sort(compareVi)).toEqual(['Thôn 1', 'Thôn 2', 'Thôn 10']);
  });
});
