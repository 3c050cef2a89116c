// The corpus of a grouping run: each opinion's tokens (written syllables, stop-word and clause-break flags, kept for
// the labels) and its features — folded syllables and adjacent-syllable bigrams ("ngan_sach"), stop words removed
// (src/core/text.ts) — weighted by TF-IDF (sublinear tf, smoothed idf), features seen in a single opinion dropped,
// vectors L2-normalised. Accented and unaccented spellings of the same opinion give the same features. Pure.
import { foldVietnamese, isNumberToken, segmentWords, stopWordMask } from '../../../core/text.ts';

export interface OpinionInput {
  id: string;
  text: string;
}

/** Terms per opinion used to look up candidate clusters. */
export const QUERY_TERMS = 6;
/** Bigram feature key: a * 2^26 + b stays below 2^53. */
export const PAIR = 2 ** 26;

export interface Corpus {
  n: number;
  // tokens of each opinion (for labels): surface ids and stop flags, CSR by opinion
  tokStart: Int32Array;
  tokSurface: Int32Array;
  tokStop: Uint8Array;
  /** 1 when the token starts a clause: no bigram or phrase spans the boundary before it. */
  tokBreak: Uint8Array;
  accented: Uint8Array;
  surfaces: string[];
  surfaceFolded: number[];
  folded: string[];
  /** Feature f is the folded syllable featA[f], or the bigram featA[f] featB[f] (featB[f] ≥ 0). */
  featA: number[];
  featB: number[];
  /** Occurrences of each written syllable, and of each pair of adjacent kept syllables (key a * PAIR + b). */
  surfaceCount: number[];
  surfacePairs: Map<number, number>;
  // TF-IDF vectors, L2-normalised, CSR by opinion (features sorted by id)
  vecStart: Int32Array;
  vecFeat: Int32Array;
  vecW: Float64Array;
  // best QUERY_TERMS features of each opinion (by weight), -1 padded
  top: Int32Array;
}

/** Written syllables, their folded forms, and the features (folded unigrams and bigrams) met so far. */
class Vocabulary {
  readonly surfaceIds = new Map<string, number>();
  readonly surfaces: string[] = [];
  readonly surfaceFolded: number[] = [];
  readonly surfaceCount: number[] = [];
  readonly surfacePairs = new Map<number, number>();
  readonly foldedIds = new Map<string, number>();
  readonly folded: string[] = [];
  readonly foldedIsNumber: boolean[] = [];
  readonly uniFeature: number[] = [];
  readonly biFeature = new Map<number, number>();
  readonly featA: number[] = [];
  readonly featB: number[] = [];

  surfaceId(s: string): number {
    let id = this.surfaceIds.get(s);
    if (id === undefined) {
      id = this.surfaces.length;
      this.surfaceIds.set(s, id);
      this.surfaces.push(s);
      this.surfaceCount.push(0);
      const f = foldVietnamese(s);
      let fid = this.foldedIds.get(f);
      if (fid === undefined) {
        fid = this.folded.length;
        this.foldedIds.set(f, fid);
        this.folded.push(f);
        this.foldedIsNumber.push(isNumberToken(f));
        this.uniFeature.push(-1);
      }
      this.surfaceFolded.push(fid);
    }
    return id;
  }

  unigram(a: number): number {
    let f = this.uniFeature[a];
    if (f < 0) {
      f = this.featA.length;
      this.uniFeature[a] = f;
      this.featA.push(a);
      this.featB.push(-1);
    }
    return f;
  }

  bigram(a: number, b: number): number {
    const k = a * PAIR + b;
    let f = this.biFeature.get(k);
    if (f === undefined) {
      f = this.featA.length;
      this.biFeature.set(k, f);
      this.featA.push(a);
      this.featB.push(b);
    }
    return f;
  }
}

/** Tokens of every opinion, and its raw features with their term frequencies (CSR by opinion). */
interface Tokens {
  tokStart: Int32Array;
  tokSurface: number[];
  tokStop: number[];
  tokBreak: number[];
  accented: Uint8Array;
  rawStart: Int32Array;
  rawFeat: number[];
  rawTf: number[];
}

function tokenise(opinions: readonly OpinionInput[], v: Vocabulary): Tokens {
  const n = opinions.length;
  const t: Tokens = {
    tokStart: new Int32Array(n + 1),
    tokSurface: [],
    tokStop: [],
    tokBreak: [],
    accented: new Uint8Array(n),
    rawStart: new Int32Array(n + 1),
    rawFeat: [],
    rawTf: [],
  };
  const feats: number[] = [];
  for (let d = 0; d < n; d++) {
    const { words: surf, clauseStart } = segmentWords(opinions[d].text);
    const ids = surf.map((s) => v.surfaceId(s));
    const fold = ids.map((id) => v.folded[v.surfaceFolded[id]]);
    const stop = stopWordMask(surf, fold, clauseStart);
    for (let i = 0; i < surf.length; i++) {
      if (surf[i] !== fold[i]) t.accented[d] = 1;
      t.tokSurface.push(ids[i]);
      t.tokStop.push(stop[i] ? 1 : 0);
      t.tokBreak.push(clauseStart[i] ? 1 : 0);
    }
    t.tokStart[d + 1] = t.tokSurface.length;

    feats.length = 0;
    for (let i = 0; i < ids.length; i++) {
      if (stop[i]) continue;
      v.surfaceCount[ids[i]]++;
      const a = v.surfaceFolded[ids[i]];
      if (!v.foldedIsNumber[a]) feats.push(v.unigram(a));
      if (i + 1 < ids.length && !stop[i + 1] && !clauseStart[i + 1]) {
        const sk = ids[i] * PAIR + ids[i + 1];
        v.surfacePairs.set(sk, (v.surfacePairs.get(sk) ?? 0) + 1);
        const b = v.surfaceFolded[ids[i + 1]];
        if (!(v.foldedIsNumber[a] && v.foldedIsNumber[b])) feats.push(v.bigram(a, b));
      }
    }
    const sorted = Int32Array.from(feats).sort();
    for (let i = 0; i < sorted.length; ) {
      let j = i + 1;
      while (j < sorted.length && sorted[j] === sorted[i]) j++;
      t.rawFeat.push(sorted[i]);
      t.rawTf.push(j - i);
      i = j;
    }
    t.rawStart[d + 1] = t.rawFeat.length;
  }
  return t;
}

/** TF-IDF vectors (L2-normalised, features of a single opinion dropped) and each opinion's heaviest features. */
function vectors(n: number, features: number, t: Tokens): Pick<Corpus, 'vecStart' | 'vecFeat' | 'vecW' | 'top'> {
  const { rawStart, rawFeat, rawTf } = t;
  const df = new Int32Array(features);
  for (const f of rawFeat) df[f]++;
  const idf = new Float64Array(features);
  for (let f = 0; f < idf.length; f++) idf[f] = Math.log((1 + n) / (1 + df[f])) + 1;

  const vecStart = new Int32Array(n + 1);
  const vecFeat: number[] = [];
  const vecW: number[] = [];
  const top = new Int32Array(n * QUERY_TERMS).fill(-1);
  const order: number[] = [];
  for (let d = 0; d < n; d++) {
    const start = vecFeat.length;
    let norm2 = 0;
    for (let i = rawStart[d]; i < rawStart[d + 1]; i++) {
      const f = rawFeat[i];
      if (df[f] < 2) continue; // cannot make two opinions similar
      const w = (1 + Math.log(rawTf[i])) * idf[f];
      vecFeat.push(f);
      vecW.push(w);
      norm2 += w * w;
    }
    const end = vecFeat.length;
    if (norm2 > 0) {
      const inv = 1 / Math.sqrt(norm2);
      for (let i = start; i < end; i++) vecW[i] *= inv;
    }
    vecStart[d + 1] = end;
    order.length = 0;
    for (let i = start; i < end; i++) order.push(i);
    order.sort((x, y) => vecW[y] - vecW[x] || vecFeat[x] - vecFeat[y]);
    for (let q = 0; q < QUERY_TERMS && q < order.length; q++) top[d * QUERY_TERMS + q] = vecFeat[order[q]];
  }
  return { vecStart, vecFeat: Int32Array.from(vecFeat), vecW: Float64Array.from(vecW), top };
}

export function buildCorpus(opinions: readonly OpinionInput[]): Corpus {
  const v = new Vocabulary();
  const t = tokenise(opinions, v);
  const n = opinions.length;
  return {
    n,
    tokStart: t.tokStart,
    tokSurface: Int32Array.from(t.tokSurface),
    tokStop: Uint8Array.from(t.tokStop),
    tokBreak: Uint8Array.from(t.tokBreak),
    accented: t.accented,
    surfaces: v.surfaces,
    surfaceFolded: v.surfaceFolded,
    folded: v.folded,
    featA: v.featA,
    featB: v.featB,
    surfaceCount: v.surfaceCount,
    surfacePairs: v.surfacePairs,
    ...vectors(n, v.featA.length, t),
  };
}

/** Whether opinion d has any feature shared with another opinion. */
export function hasVector(corpus: Corpus, d: number): boolean {
  return corpus.vecStart[d + 1] > corpus.vecStart[d];
}
