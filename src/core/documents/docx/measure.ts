// Units of a DOCX (twips, half-points) and the width of a text line set in Times New Roman.
import { convertMillimetersToTwip } from 'docx';

export const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
export const halfPt = (pt: number): number => Math.round(pt * 2);
export const ptTwip = (pt: number): number => Math.round(pt * 20);

/**
 * Advance widths (1/1000 em) of printable ASCII in Liberation Serif Regular and Bold, which are
 * metric-compatible with Times New Roman. Used to size the rules under the motto, the issuer's name
 * and the summary to the length the Decree asks for. Vietnamese letters are measured by their base
 * letter (diacritics do not change the advance width noticeably).
 */
// prettier-ignore
const WIDTH_REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541];
// prettier-ignore
const WIDTH_BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520];

/** Width in points of `text` set in Times New Roman at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const table = bold ? WIDTH_BOLD : WIDTH_REGULAR;
  const base = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  let units = 0;
  for (const ch of base) {
    const code = ch.codePointAt(0) ?? 32;
    units += code >= 32 && code < 127 ? table[code - 32] : 500;
  }
  return (units * sizePt) / 1000;
}

export const MM_PER_PT = 25.4 / 72;
