// Automatic grouping of similar opinions for a consultation's synthesis (spec §4: "the main themes — group
// similar opinions automatically, Vietnamese text, no external service"), and the pure helpers an official
// uses to correct the result (merge, split, rename, move). Pure functions, no I/O.
//
// Method
//  1. Features: folded syllables and adjacent-syllable bigrams ("ngan_sach"), stop words removed
//     (src/core/text.ts). Accented and unaccented spellings of the same opinion give the same features.
//  2. TF-IDF weights (sublinear tf, smoothed idf), features seen in a single opinion dropped, vectors
//     L2-normalised.
//  3. Single-pass leader clustering: each opinion is compared only with the clusters found through an inverted
//     index of clusters' top terms (posting lists capped in length), and joins the most similar centroid above a
//     threshold or starts a new cluster. Cost per opinion is bounded, so the whole is near-linear.
//  4. Refinement: a few k-means-like passes reassign every opinion to its best centroid (again only among
//     candidates from the index; an opinion close to no cluster of two or more is left out); then clusters whose
//     centroids are close are merged.
//  5. Themes: clusters of at least `minGroupSize` opinions; if there are more than `maxGroups`, the closest are
//     agglomerated (centroid similarity, at most 4 × maxGroups clusters considered) and the smallest dropped.
//     Every other opinion joins the theme of its nearest themed cluster if close enough, otherwise the group
//     "Ý kiến khác".
//  6. Labels: the heaviest centroid terms, each grown into the phrase residents write ("trạm" → "trạm y tế")
//     when the neighbouring syllable is shared by most occurrences and coheres with it corpus-wide, and shown in
//     its most frequent written form (diacritics restored from accented opinions).
// Everything is deterministic: same input (same order) → same groups. No randomness is used at all.
// Measured: 100,000 opinions in a few seconds on one core (bench/grouping.bench.ts), growing ≈10× per 10×.

import { foldVietnamese, isNumberToken, segmentWords, stopWordMask } from '../../core/text.ts';

export interface OpinionInput {
  id: string;
  text: string;
}

export type GroupKind = 'theme' | 'other';

export interface OpinionGroup {
  /** Stable within a result; derived from the top terms ("be-tong-giao-thong"), unique. */
  key: string;
  /** Vietnamese label shown to residents and officials, e.g. "Bê tông, giao thông, làm đường". */
  label: string;
  /** Opinion ids, in input order. */
  opinionIds: string[];
  /** Most characteristic terms, as written by residents (with diacritics). */
  topTerms: string[];
  /** `other` for the catch-all group "Ý kiến khác". */
  kind: GroupKind;
  /** `official` once an official has named the group: automatic relabelling leaves it alone. */
  labelSource: 'auto' | 'official';
}

export interface GroupingOptions {
  /** Cosine similarity between an opinion and a cluster centroid needed to join it. Default 0.3. */
  threshold?: number;
  /** Cosine similarity between two centroids above which the clusters are merged. Default 0.3. */
  mergeThreshold?: number;
  /** Smallest cluster shown as a theme. Default max(2, ⌊√n / 10⌋): 2 up to 399 opinions, 10 for 10,000. */
  minGroupSize?: number;
  /** Most themes shown (besides "Ý kiến khác"). Default min(30, max(8, round(√n))). */
  maxGroups?: number;
  /**
   * When there are more clusters than `maxGroups`, the closest are merged into one theme while their centroids
   * are at least this similar. Default 0.15.
   */
  themeSimilarity?: number;
  /** Reassignment passes after the first pass. Default 2. */
  refinePasses?: number;
}

export const OTHER_GROUP_KEY = 'y-kien-khac';
export const OTHER_GROUP_LABEL = 'Ý kiến khác';
const SPLIT_DEFAULT_LABEL = 'Nhóm mới';
const MAX_LABEL_LENGTH = 200;

export class GroupingError extends Error {
  constructor(
    readonly code:
      | 'DUPLICATE_OPINION'
      | 'GROUP_NOT_FOUND'
      | 'OPINION_NOT_FOUND'
      | 'INVALID_MERGE'
      | 'INVALID_SPLIT'
      | 'INVALID_LABEL'
      | 'INVALID_GROUPS',
    message: string,
  ) {
    super(message);
    this.name = 'GroupingError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Corpus: tokens, features, TF-IDF vectors

/** Terms per opinion used to look up candidate clusters. */
const QUERY_TERMS = 6;
/** Terms per cluster put in the inverted index. */
const INDEX_TERMS = 8;
/** Longest posting list kept while clustering (largest, then newest clusters win). */
const POSTING_CAP = 48;
/** Members scanned to find the written form of a label term. */
const LABEL_SAMPLE = 400;
const TOP_TERMS = 6;
/** Clusters considered for agglomeration into themes, per theme shown. */
const AGGLOMERATE_CAP = 4;
const LABEL_MAX_TERMS = 4;
const LABEL_SOFT_LENGTH = 48;
/** Bigram feature key: a * 2^26 + b stays below 2^53. */
const PAIR = 2 ** 26;

interface Corpus {
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
  foldedIsNumber: boolean[];
  uniFeature: number[];
  biFeature: Map<number, number>;
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

function buildCorpus(opinions: readonly OpinionInput[]): Corpus {
  const n = opinions.length;
  const surfaceIds = new Map<string, number>();
  const surfaces: string[] = [];
  const surfaceFolded: number[] = [];
  const surfaceCount: number[] = [];
  const surfacePairs = new Map<number, number>();
  const foldedIds = new Map<string, number>();
  const folded: string[] = [];
  const foldedIsNumber: boolean[] = [];
  const uniFeature: number[] = [];
  const biFeature = new Map<number, number>();
  const featA: number[] = [];
  const featB: number[] = [];

  const tokStart = new Int32Array(n + 1);
  const tokSurface: number[] = [];
  const tokStop: number[] = [];
  const tokBreak: number[] = [];
  const accented = new Uint8Array(n);
  const rawStart = new Int32Array(n + 1);
  const rawFeat: number[] = [];
  const rawTf: number[] = [];

  const surfaceId = (s: string): number => {
    let id = surfaceIds.get(s);
    if (id === undefined) {
      id = surfaces.length;
      surfaceIds.set(s, id);
      surfaces.push(s);
      surfaceCount.push(0);
      const f = foldVietnamese(s);
      let fid = foldedIds.get(f);
      if (fid === undefined) {
        fid = folded.length;
        foldedIds.set(f, fid);
        folded.push(f);
        foldedIsNumber.push(isNumberToken(f));
        uniFeature.push(-1);
      }
      surfaceFolded.push(fid);
    }
    return id;
  };
  const unigram = (a: number): number => {
    let f = uniFeature[a];
    if (f < 0) {
      f = featA.length;
      uniFeature[a] = f;
      featA.push(a);
      featB.push(-1);
    }
    return f;
  };
  const bigram = (a: number, b: number): number => {
    const k = a * PAIR + b;
    let f = biFeature.get(k);
    if (f === undefined) {
      f = featA.length;
      biFeature.set(k, f);
      featA.push(a);
      featB.push(b);
    }
    return f;
  };

  const feats: number[] = [];
  for (let d = 0; d < n; d++) {
    const { words: surf, clauseStart } = segmentWords(opinions[d].text);
    const ids = surf.map(surfaceId);
    const fold = ids.map((id) => folded[surfaceFolded[id]]);
    const stop = stopWordMask(surf, fold, clauseStart);
    for (let i = 0; i < surf.length; i++) {
      if (surf[i] !== fold[i]) accented[d] = 1;
      tokSurface.push(ids[i]);
      tokStop.push(stop[i] ? 1 : 0);
      tokBreak.push(clauseStart[i] ? 1 : 0);
    }
    tokStart[d + 1] = tokSurface.length;

    feats.length = 0;
    for (let i = 0; i < ids.length; i++) {
      if (stop[i]) continue;
      surfaceCount[ids[i]]++;
      const a = surfaceFolded[ids[i]];
      if (!foldedIsNumber[a]) feats.push(unigram(a));
      if (i + 1 < ids.length && !stop[i + 1] && !clauseStart[i + 1]) {
        const sk = ids[i] * PAIR + ids[i + 1];
        surfacePairs.set(sk, (surfacePairs.get(sk) ?? 0) + 1);
        const b = surfaceFolded[ids[i + 1]];
        if (!(foldedIsNumber[a] && foldedIsNumber[b])) feats.push(bigram(a, b));
      }
    }
    const sorted = Int32Array.from(feats).sort();
    for (let i = 0; i < sorted.length; ) {
      let j = i + 1;
      while (j < sorted.length && sorted[j] === sorted[i]) j++;
      rawFeat.push(sorted[i]);
      rawTf.push(j - i);
      i = j;
    }
    rawStart[d + 1] = rawFeat.length;
  }

  const df = new Int32Array(featA.length);
  for (const f of rawFeat) df[f]++;
  const idf = new Float64Array(featA.length);
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

  return {
    n,
    tokStart,
    tokSurface: Int32Array.from(tokSurface),
    tokStop: Uint8Array.from(tokStop),
    tokBreak: Uint8Array.from(tokBreak),
    accented,
    surfaces,
    surfaceFolded,
    folded,
    foldedIsNumber,
    uniFeature,
    biFeature,
    featA,
    featB,
    surfaceCount,
    surfacePairs,
    vecStart,
    vecFeat: Int32Array.from(vecFeat),
    vecW: Float64Array.from(vecW),
    top,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Clusters

interface Cluster {
  centroid: Map<number, number>;
  norm2: number;
  size: number;
  /** Smallest opinion index in the cluster (for a deterministic order). */
  first: number;
}

function newCluster(): Cluster {
  return { centroid: new Map(), norm2: 0, size: 0, first: Number.MAX_SAFE_INTEGER };
}

function addToCluster(c: Cluster, corpus: Corpus, d: number): void {
  const { vecStart, vecFeat, vecW } = corpus;
  const cen = c.centroid;
  let norm2 = c.norm2;
  for (let i = vecStart[d]; i < vecStart[d + 1]; i++) {
    const f = vecFeat[i];
    const w = vecW[i];
    const old = cen.get(f) ?? 0;
    cen.set(f, old + w);
    norm2 += 2 * old * w + w * w;
  }
  c.norm2 = norm2;
  c.size++;
  if (d < c.first) c.first = d;
}

/** Cosine similarity between opinion d (unit vector) and a centroid. */
function similarity(c: Cluster, corpus: Corpus, d: number): number {
  if (c.norm2 <= 0) return 0;
  const { vecStart, vecFeat, vecW } = corpus;
  const cen = c.centroid;
  let dot = 0;
  for (let i = vecStart[d]; i < vecStart[d + 1]; i++) {
    const v = cen.get(vecFeat[i]);
    if (v !== undefined) dot += v * vecW[i];
  }
  return dot / Math.sqrt(c.norm2);
}

function centroidSimilarity(a: Cluster, b: Cluster): number {
  if (a.norm2 <= 0 || b.norm2 <= 0) return 0;
  const [small, large] = a.centroid.size <= b.centroid.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, w] of small.centroid) {
    const v = large.centroid.get(f);
    if (v !== undefined) dot += v * w;
  }
  return dot / Math.sqrt(a.norm2 * b.norm2);
}

/** Heaviest features of a centroid, ties broken by feature id. */
function topFeatures(c: Cluster, k: number): number[] {
  const entries = [...c.centroid];
  entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const out: number[] = [];
  for (let i = 0; i < k && i < entries.length; i++) out.push(entries[i][0]);
  return out;
}

function hasVector(corpus: Corpus, d: number): boolean {
  return corpus.vecStart[d + 1] > corpus.vecStart[d];
}

/** Builds clusters from an assignment (cluster index per opinion, -1 = none). */
function clustersFrom(corpus: Corpus, assign: Int32Array, k: number): Cluster[] {
  const clusters: Cluster[] = [];
  for (let c = 0; c < k; c++) clusters.push(newCluster());
  for (let d = 0; d < corpus.n; d++) if (assign[d] >= 0) addToCluster(clusters[assign[d]], corpus, d);
  return clusters;
}

/** Renumbers clusters: drops empty ones, orders by size (desc) then first member. Returns the new count. */
function compact(corpus: Corpus, assign: Int32Array, k: number): number {
  const size = new Int32Array(k);
  const first = new Int32Array(k).fill(2147483647);
  for (let d = 0; d < corpus.n; d++) {
    const c = assign[d];
    if (c < 0) continue;
    size[c]++;
    if (d < first[c]) first[c] = d;
  }
  const live: number[] = [];
  for (let c = 0; c < k; c++) if (size[c] > 0) live.push(c);
  live.sort((x, y) => size[y] - size[x] || first[x] - first[y]);
  const map = new Int32Array(k).fill(-1);
  live.forEach((c, i) => (map[c] = i));
  for (let d = 0; d < corpus.n; d++) if (assign[d] >= 0) assign[d] = map[assign[d]];
  return live.length;
}

/** Inverted index term → clusters, each posting list ordered by cluster size (desc) and capped. */
function staticIndex(clusters: readonly Cluster[], eligible: (c: number) => boolean, cap: number): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  for (let c = 0; c < clusters.length; c++) {
    if (!eligible(c)) continue;
    for (const f of topFeatures(clusters[c], INDEX_TERMS)) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push(c);
    }
  }
  for (const list of postings.values()) {
    list.sort((x, y) => clusters[y].size - clusters[x].size || clusters[x].first - clusters[y].first);
    if (list.length > cap) list.length = cap;
  }
  return postings;
}

/** Best cluster for opinion d among the candidates of the index; -1 when none reaches `threshold`. */
function bestCluster(
  corpus: Corpus,
  d: number,
  clusters: readonly Cluster[],
  postings: Map<number, number[]>,
  stamp: Int32Array,
  threshold: number,
): number {
  let best = -1;
  let bestSim = threshold;
  const mark = d + 1;
  for (let q = d * QUERY_TERMS; q < (d + 1) * QUERY_TERMS; q++) {
    const f = corpus.top[q];
    if (f < 0) break;
    const list = postings.get(f);
    if (!list) continue;
    for (const c of list) {
      if (stamp[c] === mark) continue;
      stamp[c] = mark;
      const s = similarity(clusters[c], corpus, d);
      if (s > bestSim || (s === bestSim && (best < 0 || c < best))) {
        best = c;
        bestSim = s;
      }
    }
  }
  return best;
}

/** Pass 1: single-pass leader clustering with an incrementally maintained inverted index. */
function leaderPass(corpus: Corpus, threshold: number): { assign: Int32Array; k: number } {
  const n = corpus.n;
  const assign = new Int32Array(n).fill(-1);
  const clusters: Cluster[] = [];
  const indexed: Set<number>[] = [];
  const nextRefresh: number[] = [];
  const postings = new Map<number, number[]>();
  const stamp = new Int32Array(n);

  const index = (c: number, features: Iterable<number>): void => {
    for (const f of features) {
      if (indexed[c].has(f)) continue;
      indexed[c].add(f);
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push(c);
      if (list.length > 2 * POSTING_CAP) {
        // keep the largest clusters, then the newest (a young cluster may still grow)
        list.sort((x, y) => clusters[y].size - clusters[x].size || y - x);
        for (let i = POSTING_CAP; i < list.length; i++) indexed[list[i]].delete(f);
        list.length = POSTING_CAP;
      }
    }
  };

  for (let d = 0; d < n; d++) {
    if (!hasVector(corpus, d)) continue;
    const c = bestCluster(corpus, d, clusters, postings, stamp, threshold);
    if (c >= 0) {
      addToCluster(clusters[c], corpus, d);
      assign[d] = c;
      if (clusters[c].size >= nextRefresh[c]) {
        nextRefresh[c] *= 2;
        index(c, topFeatures(clusters[c], INDEX_TERMS));
      }
    } else {
      const id = clusters.length;
      const cl = newCluster();
      addToCluster(cl, corpus, d);
      clusters.push(cl);
      indexed.push(new Set());
      nextRefresh.push(2);
      assign[d] = id;
      const own: number[] = [];
      for (let q = d * QUERY_TERMS; q < (d + 1) * QUERY_TERMS && corpus.top[q] >= 0; q++) own.push(corpus.top[q]);
      index(id, own);
    }
  }
  return { assign, k: clusters.length };
}

/** Reassigns every opinion to its best centroid among clusters of at least two opinions (-1 when none fits). */
function refinePass(corpus: Corpus, assign: Int32Array, k: number, threshold: number): number {
  const clusters = clustersFrom(corpus, assign, k);
  const postings = staticIndex(clusters, (c) => clusters[c].size >= 2, 4 * POSTING_CAP);
  const stamp = new Int32Array(k);
  const next = new Int32Array(corpus.n).fill(-1);
  for (let d = 0; d < corpus.n; d++) {
    if (!hasVector(corpus, d)) continue;
    next[d] = bestCluster(corpus, d, clusters, postings, stamp, threshold);
  }
  assign.set(next);
  return compact(corpus, assign, k);
}

/** Merges clusters whose centroids are close (smaller into larger). */
function mergePass(corpus: Corpus, assign: Int32Array, k: number, mergeThreshold: number): number {
  const clusters = clustersFrom(corpus, assign, k); // ordered by size desc (after compact)
  const postings = staticIndex(clusters, (c) => clusters[c].size >= 2, POSTING_CAP);
  const parent = Int32Array.from({ length: k }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const stamp = new Int32Array(k).fill(-1);
  let merged = 0;
  for (let c = 1; c < k; c++) {
    if (clusters[c].size < 2) break; // sorted by size: the rest are singletons
    let best = -1;
    let bestSim = mergeThreshold;
    for (const f of topFeatures(clusters[c], INDEX_TERMS)) {
      const list = postings.get(f);
      if (!list) continue;
      for (const o of list) {
        if (o >= c || stamp[o] === c) continue; // compare only with larger clusters
        stamp[o] = c;
        const s = centroidSimilarity(clusters[c], clusters[o]);
        if (s > bestSim || (s === bestSim && (best < 0 || o < best))) {
          best = o;
          bestSim = s;
        }
      }
    }
    if (best >= 0) {
      parent[c] = find(best);
      merged++;
    }
  }
  if (merged === 0) return k;
  for (let d = 0; d < corpus.n; d++) if (assign[d] >= 0) assign[d] = find(assign[d]);
  return compact(corpus, assign, k);
}

// ---------------------------------------------------------------------------------------------------------------
// Themes: agglomeration of clusters when there are too many to show

/**
 * Agglomerates clusters (given by index, largest first) by centroid similarity: pairs closer than
 * `mergeThreshold` always, then the closest pairs while more than `maxGroups` remain and they are at least
 * `floor` similar. Returns, for each given cluster, its theme (0…themes-1, largest theme first) or -1 when it did
 * not fit in `maxGroups`.
 */
function agglomerate(
  clusters: readonly Cluster[],
  ids: readonly number[],
  maxGroups: number,
  mergeThreshold: number,
  floor: number,
): Int32Array {
  const m = ids.length;
  const parts: Cluster[] = ids.map((c) => ({ ...clusters[c], centroid: new Map(clusters[c].centroid) }));
  const owner = Int32Array.from({ length: m }, (_, i) => i);
  const alive = new Uint8Array(m).fill(1);
  const sim = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) sim[i * m + j] = centroidSimilarity(parts[i], parts[j]);
  let count = m;
  while (count > 1) {
    let bi = -1;
    let bj = -1;
    let best = -1;
    for (let i = 0; i < m; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < m; j++) {
        if (alive[j] && sim[i * m + j] > best) {
          best = sim[i * m + j];
          bi = i;
          bj = j;
        }
      }
    }
    if (best < floor || (count <= maxGroups && best < mergeThreshold)) break;
    // merge bj into bi (the earlier, so the larger of the original clusters)
    const a = parts[bi];
    const b = parts[bj];
    for (const [f, w] of b.centroid) {
      const old = a.centroid.get(f) ?? 0;
      a.centroid.set(f, old + w);
      a.norm2 += 2 * old * w + w * w;
    }
    a.size += b.size;
    a.first = Math.min(a.first, b.first);
    alive[bj] = 0;
    for (let i = 0; i < m; i++) if (owner[i] === bj) owner[i] = bi;
    count--;
    for (let j = 0; j < m; j++) {
      if (!alive[j] || j === bi) continue;
      const s = centroidSimilarity(a, parts[j]);
      if (j < bi) sim[j * m + bi] = s;
      else sim[bi * m + j] = s;
    }
  }
  const roots: number[] = [];
  for (let i = 0; i < m; i++) if (alive[i]) roots.push(i);
  roots.sort((x, y) => parts[y].size - parts[x].size || parts[x].first - parts[y].first);
  const themeOfRoot = new Int32Array(m).fill(-1);
  roots.slice(0, maxGroups).forEach((r, t) => (themeOfRoot[r] = t));
  return Int32Array.from({ length: m }, (_, i) => themeOfRoot[owner[i]]);
}

// ---------------------------------------------------------------------------------------------------------------
// Labels: the heaviest centroid terms, each grown into the phrase residents actually write

const MAX_PHRASE = 4;
/** Share of a phrase's occurrences that must have the same neighbour for the phrase to grow. */
const EXTEND_SHARE = 0.6;
/** Cohesion of two adjacent syllables (see `cohesion`) needed to read them as parts of one word. */
const MIN_COHESION = 0.5;

/**
 * How strongly two adjacent written syllables belong together: count(ab) / min(count(a), count(b)) over the
 * whole corpus — how often the rarer one comes with the other. "bê tông", "môi trường" score high; "nước hoạt"
 * (from "trạm cấp nước hoạt động") low. Counted on written forms, not folded ones, because folding makes some
 * syllables frequent ("ban" is bán, bàn, bản, bạn).
 */
function cohesion(corpus: Corpus, a: number, b: number): number {
  if (a === b) return 0;
  const pair = corpus.surfacePairs.get(a * PAIR + b) ?? 0;
  return pair === 0 ? 0 : pair / Math.min(corpus.surfaceCount[a], corpus.surfaceCount[b]);
}

/** Dice coefficient of two written syllables as neighbours: 2·count(ab) / (count(a) + count(b)). */
function dice(corpus: Corpus, a: number, b: number): number {
  const pair = corpus.surfacePairs.get(a * PAIR + b) ?? 0;
  return pair === 0 ? 0 : (2 * pair) / (corpus.surfaceCount[a] + corpus.surfaceCount[b]);
}

/** Seed terms: the heaviest centroid features, a bigram replacing the syllables it contains. */
function seedTerms(corpus: Corpus, centroid: Map<number, number>, k: number): number[] {
  const entries = [...centroid];
  entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const chosen: number[] = [];
  const { featA, featB } = corpus;
  for (let i = 0; i < entries.length && i < 60 && chosen.length < k; i++) {
    const f = entries[i][0];
    const a = featA[f];
    const b = featB[f];
    if (b < 0) {
      if (!chosen.some((g) => featA[g] === a || featB[g] === a)) chosen.push(f);
      continue;
    }
    if (a === b) continue; // "thôn thôn" from "liên thôn thôn 3"
    const covered = chosen.filter((g) => featB[g] < 0 && (featA[g] === a || featA[g] === b));
    if (covered.length === 0) {
      chosen.push(f);
    } else {
      chosen[chosen.indexOf(covered[0])] = f;
      for (const g of covered.slice(1)) chosen.splice(chosen.indexOf(g), 1);
    }
  }
  return chosen;
}

interface Phrase {
  /** Folded syllable ids. */
  syllables: number[];
  /** Token index (in the corpus) where each occurrence starts, and its opinion. */
  starts: number[];
  docs: number[];
}

function occurrences(corpus: Corpus, sample: readonly number[], f: number): Phrase {
  const { tokStart, tokSurface, tokStop, tokBreak, surfaceFolded, featA, featB } = corpus;
  const a = featA[f];
  const b = featB[f];
  const starts: number[] = [];
  const docs: number[] = [];
  for (const d of sample) {
    const end = tokStart[d + 1];
    for (let i = tokStart[d]; i < end; i++) {
      if (tokStop[i] || surfaceFolded[tokSurface[i]] !== a) continue;
      if (b >= 0) {
        if (i + 1 >= end || tokStop[i + 1] || tokBreak[i + 1] || surfaceFolded[tokSurface[i + 1]] !== b) continue;
      }
      starts.push(i);
      docs.push(d);
    }
  }
  return { syllables: b < 0 ? [a] : [a, b], starts, docs };
}

/** A two-syllable seed is kept when most of its occurrences are written as one word ("môi trường", not "nước hoạt"). */
function coheres(corpus: Corpus, p: Phrase): boolean {
  if (p.syllables.length < 2) return true;
  let ok = 0;
  for (const s of p.starts) if (cohesion(corpus, corpus.tokSurface[s], corpus.tokSurface[s + 1]) >= MIN_COHESION) ok++;
  return ok >= EXTEND_SHARE * p.starts.length;
}

/**
 * Grows a phrase left or right while most of its occurrences share the neighbouring syllable and that syllable
 * coheres with the phrase's edge ("trạm cấp" + "nước", but not "nước" + "hoạt").
 */
function extend(corpus: Corpus, phrase: Phrase): Phrase {
  const { tokSurface, tokStop, tokBreak, surfaceFolded } = corpus;
  const total = tokSurface.length;
  // the syllable next to occurrence k (one side), or -1 when there is none or it does not cohere with the edge
  const neighbour = (s: number, len: number, toRight: boolean): number => {
    const at = toRight ? s + len : s - 1;
    if (toRight ? at >= total || tokBreak[at] : tokBreak[s]) return -1;
    if (tokStop[at]) return -1;
    const c = toRight ? cohesion(corpus, tokSurface[at - 1], tokSurface[at]) : cohesion(corpus, tokSurface[at], tokSurface[s]);
    return c >= MIN_COHESION ? surfaceFolded[tokSurface[at]] : -1;
  };
  const best = (p: Phrase, toRight: boolean): [number, number] => {
    const counts = new Map<number, number>();
    for (const s of p.starts) {
      const id = neighbour(s, p.syllables.length, toRight);
      if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let top: [number, number] = [-1, 0];
    for (const [id, c] of counts) if (c > top[1] || (c === top[1] && id < top[0])) top = [id, c];
    return top[1] >= EXTEND_SHARE * p.starts.length ? top : [-1, 0];
  };
  let p = phrase;
  let seedAt = 0; // where the seed sits in p
  while (p.syllables.length < MAX_PHRASE + 2) {
    const [lid, lc] = best(p, false);
    const [rid, rc] = best(p, true);
    if (lc === 0 && rc === 0) break;
    const toRight = rc >= lc;
    const id = toRight ? rid : lid;
    const starts: number[] = [];
    const docs: number[] = [];
    for (let k = 0; k < p.starts.length; k++) {
      const s = p.starts[k];
      if (neighbour(s, p.syllables.length, toRight) !== id) continue;
      starts.push(toRight ? s : s - 1);
      docs.push(p.docs[k]);
    }
    p = { syllables: toRight ? [...p.syllables, id] : [id, ...p.syllables], starts, docs };
    if (!toRight) seedAt++;
  }
  const len = p.syllables.length;
  if (len <= MAX_PHRASE) return p;
  // Too long ("công khai quyết toán ngân sách"): keep the window around the seed, at most MAX_PHRASE long, cut
  // where the syllables hold together least (Dice over written forms), preferring the longer window.
  const strength = (i: number): number => {
    let sum = 0;
    for (const s of p.starts) sum += dice(corpus, tokSurface[s + i - 1], tokSurface[s + i]);
    return p.starts.length === 0 ? 0 : sum / p.starts.length;
  };
  const seedEnd = seedAt + phrase.syllables.length;
  let bestWindow: [number, number] = [seedAt, seedEnd];
  let bestScore = Infinity;
  for (let from = 0; from <= seedAt; from++) {
    for (let to = Math.min(len, from + MAX_PHRASE); to >= seedEnd; to--) {
      const score = (from > 0 ? strength(from) : 0) + (to < len ? strength(to) : 0);
      const longer = to - from > bestWindow[1] - bestWindow[0];
      if (score < bestScore - 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && longer)) {
        bestScore = score;
        bestWindow = [from, to];
      }
    }
  }
  const [from, to] = bestWindow;
  return { syllables: p.syllables.slice(from, to), starts: p.starts.map((s) => s + from), docs: p.docs };
}

/**
 * Two phrases overlap when one contains the other or they are shifted windows over the same words
 * ("ngân sách" / "sách xã"). "lớp học" and "trường học" do not overlap.
 */
function overlap(p: readonly number[], q: readonly number[]): boolean {
  const contains = (x: readonly number[], y: readonly number[]): boolean => {
    outer: for (let i = 0; i + y.length <= x.length; i++) {
      for (let j = 0; j < y.length; j++) if (x[i + j] !== y[j]) continue outer;
      return true;
    }
    return false;
  };
  if (contains(p, q) || contains(q, p)) return true;
  const shifted = (x: readonly number[], y: readonly number[]): boolean => {
    // a suffix of x is a prefix of y
    for (let k = 1; k < x.length && k < y.length + 0; k++) {
      let same = true;
      for (let j = 0; j < k; j++) if (x[x.length - k + j] !== y[j]) same = false;
      if (same) return true;
    }
    return false;
  };
  return shifted(p, q) || shifted(q, p);
}

/** The most frequent written form of a phrase (opinions written with diacritics preferred). */
function writtenForm(corpus: Corpus, p: Phrase): string {
  const { tokSurface, surfaces, accented, folded } = corpus;
  const anyAccented = p.docs.some((d) => accented[d] === 1);
  const counts = new Map<string, number>();
  for (let k = 0; k < p.starts.length; k++) {
    if (anyAccented && !accented[p.docs[k]]) continue;
    const parts: string[] = [];
    for (let i = 0; i < p.syllables.length; i++) parts.push(surfaces[tokSurface[p.starts[k] + i]]);
    const form = parts.join(' ');
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [form, c] of counts) {
    if (c > bestCount || (c === bestCount && form < best)) {
      best = form;
      bestCount = c;
    }
  }
  return best || p.syllables.map((id) => folded[id]).join(' ');
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function labelFrom(terms: readonly string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const t of terms) {
    if (parts.length >= LABEL_MAX_TERMS) break;
    if (parts.length >= 2 && length + 2 + t.length > LABEL_SOFT_LENGTH) break;
    parts.push(t);
    length += (parts.length > 1 ? 2 : 0) + t.length;
  }
  return capitalise(parts.join(', '));
}

function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  taken.add(key);
  return key;
}

interface Description {
  label: string;
  topTerms: string[];
  slug: string;
}

function describe(corpus: Corpus, members: readonly number[], cluster: Cluster): Description {
  const step = Math.max(1, Math.ceil(members.length / LABEL_SAMPLE));
  const sample: number[] = [];
  for (let i = 0; i < members.length; i += step) sample.push(members[i]);

  const phrases: Phrase[] = [];
  for (const f of seedTerms(corpus, cluster.centroid, 3 * TOP_TERMS)) {
    if (phrases.length >= TOP_TERMS) break;
    const seed = occurrences(corpus, sample, f);
    if (seed.starts.length === 0 || !coheres(corpus, seed)) continue;
    const p = extend(corpus, seed);
    if (!phrases.some((q) => overlap(p.syllables, q.syllables))) phrases.push(p);
  }
  const topTerms = phrases.map((p) => writtenForm(corpus, p));
  const slug =
    phrases
      .slice(0, 2)
      .map((p) => p.syllables.map((id) => corpus.folded[id]).join('-'))
      .join('-')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'nhom';
  return { label: labelFrom(topTerms), topTerms, slug };
}

// ---------------------------------------------------------------------------------------------------------------
// Grouping

function checkUniqueIds(opinions: readonly OpinionInput[]): void {
  const seen = new Set<string>();
  for (const o of opinions) {
    if (seen.has(o.id)) throw new GroupingError('DUPLICATE_OPINION', `Ý kiến "${o.id}" xuất hiện nhiều lần.`);
    seen.add(o.id);
  }
}

export function defaultMinGroupSize(n: number): number {
  return Math.max(2, Math.floor(Math.sqrt(n) / 10));
}

export function defaultMaxGroups(n: number): number {
  return Math.min(30, Math.max(8, Math.round(Math.sqrt(n))));
}

/**
 * Groups similar opinions. Every opinion ends up in exactly one group; themes come first, largest first, and
 * the group "Ý kiến khác" (if any) last. Same input in the same order → same groups.
 */
export function groupOpinions(opinions: readonly OpinionInput[], options: GroupingOptions = {}): OpinionGroup[] {
  checkUniqueIds(opinions);
  const n = opinions.length;
  if (n === 0) return [];
  const threshold = options.threshold ?? 0.3;
  const mergeThreshold = options.mergeThreshold ?? 0.3;
  const themeFloor = options.themeSimilarity ?? 0.15;
  const minGroupSize = Math.max(2, options.minGroupSize ?? defaultMinGroupSize(n));
  const maxGroups = Math.max(1, options.maxGroups ?? defaultMaxGroups(n));
  const refinePasses = Math.max(0, options.refinePasses ?? 2);

  const corpus = buildCorpus(opinions);
  const { assign, k: k0 } = leaderPass(corpus, threshold);
  let k = compact(corpus, assign, k0);
  for (let p = 0; p < refinePasses; p++) k = refinePass(corpus, assign, k, threshold);
  k = mergePass(corpus, assign, k, mergeThreshold);

  // clusters large enough (compact() ordered them largest first) are agglomerated into at most maxGroups themes
  const clusters = clustersFrom(corpus, assign, k);
  const candidates: number[] = [];
  for (let c = 0; c < k && candidates.length < AGGLOMERATE_CAP * maxGroups; c++) {
    if (clusters[c].size >= minGroupSize) candidates.push(c);
  }
  const themeOfCluster = new Int32Array(k).fill(-1);
  agglomerate(clusters, candidates, maxGroups, mergeThreshold, themeFloor).forEach(
    (t, i) => (themeOfCluster[candidates[i]] = t),
  );

  // every other opinion joins the theme of the nearest themed cluster when close enough, else "Ý kiến khác"
  const postings = staticIndex(clusters, (c) => themeOfCluster[c] >= 0, 4 * POSTING_CAP);
  const stamp = new Int32Array(k);
  const theme = new Int32Array(n).fill(-1);
  for (let d = 0; d < n; d++) {
    let c = assign[d];
    if (c < 0 || themeOfCluster[c] < 0) c = hasVector(corpus, d) ? bestCluster(corpus, d, clusters, postings, stamp, threshold) : -1;
    theme[d] = c < 0 ? -1 : themeOfCluster[c];
  }

  const themes = Math.max(0, ...themeOfCluster) + 1;
  const members: number[][] = Array.from({ length: themes }, () => []);
  const other: number[] = [];
  for (let d = 0; d < n; d++) (theme[d] >= 0 ? members[theme[d]] : other).push(d);
  const themeClusters = clustersFrom(corpus, theme, themes);

  const taken = new Set<string>([OTHER_GROUP_KEY]);
  const groups: OpinionGroup[] = [];
  const order = members
    .map((_, i) => i)
    .filter((t) => members[t].length > 0)
    .sort((x, y) => members[y].length - members[x].length || members[x][0] - members[y][0]);
  for (const t of order) {
    const desc = describe(corpus, members[t], themeClusters[t]);
    groups.push({
      key: uniqueKey(desc.slug, taken),
      label: desc.label,
      opinionIds: members[t].map((d) => opinions[d].id),
      topTerms: desc.topTerms,
      kind: 'theme',
      labelSource: 'auto',
    });
  }
  if (other.length > 0) groups.push(otherGroup(other.map((d) => opinions[d].id)));
  return groups;
}

function otherGroup(opinionIds: string[]): OpinionGroup {
  return { key: OTHER_GROUP_KEY, label: OTHER_GROUP_LABEL, opinionIds, topTerms: [], kind: 'other', labelSource: 'auto' };
}

/**
 * Recomputes label and top terms of automatically labelled themes (all, or those in `keys`) from the texts of
 * their opinions — e.g. after an official split or merged groups. Groups named by an official keep their label
 * but get fresh top terms. Keys do not change.
 */
export function relabelGroups(
  opinions: readonly OpinionInput[],
  groups: readonly OpinionGroup[],
  keys?: readonly string[],
): OpinionGroup[] {
  checkUniqueIds(opinions);
  const corpus = buildCorpus(opinions);
  const indexOf = new Map<string, number>();
  opinions.forEach((o, i) => indexOf.set(o.id, i));
  const only = keys ? new Set(keys) : null;
  return groups.map((g) => {
    if (g.kind !== 'theme' || (only && !only.has(g.key))) return { ...g, opinionIds: [...g.opinionIds], topTerms: [...g.topTerms] };
    const members = g.opinionIds.map((id) => {
      const d = indexOf.get(id);
      if (d === undefined) throw new GroupingError('OPINION_NOT_FOUND', `Không tìm thấy ý kiến "${id}".`);
      return d;
    });
    members.sort((a, b) => a - b);
    const cluster = newCluster();
    for (const d of members) addToCluster(cluster, corpus, d);
    const desc = describe(corpus, members, cluster);
    return {
      ...g,
      opinionIds: [...g.opinionIds],
      topTerms: desc.topTerms,
      label: g.labelSource === 'official' || desc.topTerms.length === 0 ? g.label : desc.label,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Corrections by an official (pure: each returns a new array, inputs untouched)

function copy(groups: readonly OpinionGroup[]): OpinionGroup[] {
  return groups.map((g) => ({ ...g, opinionIds: [...g.opinionIds], topTerms: [...g.topTerms] }));
}

function indexOfGroup(groups: readonly OpinionGroup[], key: string): number {
  const i = groups.findIndex((g) => g.key === key);
  if (i < 0) throw new GroupingError('GROUP_NOT_FOUND', `Không tìm thấy nhóm "${key}".`);
  return i;
}

function cleanLabel(label: string): string {
  const l = label.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (l.length === 0) throw new GroupingError('INVALID_LABEL', 'Tên nhóm không được để trống.');
  if (l.length > MAX_LABEL_LENGTH) {
    throw new GroupingError('INVALID_LABEL', `Tên nhóm không được dài quá ${MAX_LABEL_LENGTH} ký tự.`);
  }
  return l;
}

/**
 * Merges the groups `keys` (at least two) into the first of them, at its position. Opinions keep their order:
 * the first group's, then the others' in the order of `keys`. With `newLabel` the label becomes the official's.
 */
export function mergeGroups(groups: readonly OpinionGroup[], keys: readonly string[], newLabel?: string): OpinionGroup[] {
  const unique = [...new Set(keys)];
  if (unique.length < 2) throw new GroupingError('INVALID_MERGE', 'Cần chọn ít nhất hai nhóm để gộp.');
  const positions = unique.map((k) => indexOfGroup(groups, k));
  const label = newLabel === undefined ? undefined : cleanLabel(newLabel);
  const out = copy(groups);
  const target = out[positions[0]];
  const terms = new Set(target.topTerms);
  for (const p of positions.slice(1)) {
    target.opinionIds.push(...out[p].opinionIds);
    for (const t of out[p].topTerms) if (terms.size < TOP_TERMS) terms.add(t);
  }
  target.topTerms = [...terms];
  if (label !== undefined) {
    target.label = label;
    target.labelSource = 'official';
  }
  const drop = new Set(positions.slice(1));
  return out.filter((_, i) => !drop.has(i));
}

/**
 * Moves `opinionIds` (some, not all, of the group's opinions) out of group `key` into a new group placed right
 * after it. The new group is a theme labelled `newLabel`, or "<label> (tách)" ("Nhóm mới" when split from
 * "Ý kiến khác"); its top terms are empty until `relabelGroups` is run.
 */
export function splitGroup(
  groups: readonly OpinionGroup[],
  key: string,
  opinionIds: readonly string[],
  newLabel?: string,
): OpinionGroup[] {
  const pos = indexOfGroup(groups, key);
  const source = groups[pos];
  const moving = new Set(opinionIds);
  if (moving.size === 0) throw new GroupingError('INVALID_SPLIT', 'Cần chọn ít nhất một ý kiến để tách.');
  const inSource = new Set(source.opinionIds);
  for (const id of moving) {
    if (!inSource.has(id)) throw new GroupingError('OPINION_NOT_FOUND', `Ý kiến "${id}" không thuộc nhóm "${source.label}".`);
  }
  if (moving.size === inSource.size) {
    throw new GroupingError('INVALID_SPLIT', 'Không thể tách toàn bộ ý kiến của một nhóm; hãy đổi tên nhóm.');
  }
  const label = newLabel !== undefined ? cleanLabel(newLabel) : source.kind === 'other' ? SPLIT_DEFAULT_LABEL : `${source.label} (tách)`;
  const out = copy(groups);
  out[pos].opinionIds = source.opinionIds.filter((id) => !moving.has(id));
  const taken = new Set(groups.map((g) => g.key));
  const created: OpinionGroup = {
    key: uniqueKey(source.kind === 'other' ? 'nhom' : key, taken),
    label,
    opinionIds: source.opinionIds.filter((id) => moving.has(id)),
    topTerms: [],
    kind: 'theme',
    labelSource: newLabel !== undefined ? 'official' : 'auto',
  };
  out.splice(pos + 1, 0, created);
  return out;
}

/** Gives group `key` the official's label. */
export function renameGroup(groups: readonly OpinionGroup[], key: string, label: string): OpinionGroup[] {
  const pos = indexOfGroup(groups, key);
  const clean = cleanLabel(label);
  const out = copy(groups);
  out[pos].label = clean;
  out[pos].labelSource = 'official';
  return out;
}

/** Moves opinions into group `toKey`; a group left empty disappears. */
export function moveOpinions(groups: readonly OpinionGroup[], opinionIds: readonly string[], toKey: string): OpinionGroup[] {
  const to = indexOfGroup(groups, toKey);
  const moving = new Set(opinionIds);
  const found = new Set<string>();
  const out = copy(groups);
  for (let i = 0; i < out.length; i++) {
    if (i === to) {
      for (const id of out[i].opinionIds) if (moving.has(id)) found.add(id);
      continue;
    }
    const keep: string[] = [];
    for (const id of out[i].opinionIds) {
      if (moving.has(id)) {
        found.add(id);
        out[to].opinionIds.push(id);
      } else keep.push(id);
    }
    out[i].opinionIds = keep;
  }
  for (const id of moving) {
    if (!found.has(id)) throw new GroupingError('OPINION_NOT_FOUND', `Không tìm thấy ý kiến "${id}".`);
  }
  return out.filter((g, i) => i === to || g.opinionIds.length > 0);
}

/** Moves one opinion into group `toKey`; a group left empty disappears. */
export function moveOpinion(groups: readonly OpinionGroup[], opinionId: string, toKey: string): OpinionGroup[] {
  return moveOpinions(groups, [opinionId], toKey);
}

/**
 * Checks the invariants: keys unique, no group empty, every opinion in exactly one group and — when
 * `opinionIds` is given — exactly those opinions. Throws GroupingError('INVALID_GROUPS') with the first problem.
 */
export function assertValidGroups(groups: readonly OpinionGroup[], opinionIds?: readonly string[]): void {
  const keys = new Set<string>();
  const seen = new Set<string>();
  for (const g of groups) {
    if (keys.has(g.key)) throw new GroupingError('INVALID_GROUPS', `Mã nhóm "${g.key}" bị trùng.`);
    keys.add(g.key);
    if (g.opinionIds.length === 0) throw new GroupingError('INVALID_GROUPS', `Nhóm "${g.label}" không có ý kiến nào.`);
    for (const id of g.opinionIds) {
      if (seen.has(id)) throw new GroupingError('INVALID_GROUPS', `Ý kiến "${id}" thuộc nhiều hơn một nhóm.`);
      seen.add(id);
    }
  }
  if (opinionIds) {
    for (const id of opinionIds) {
      if (!seen.has(id)) throw new GroupingError('INVALID_GROUPS', `Ý kiến "${id}" chưa thuộc nhóm nào.`);
    }
    if (seen.size !== new Set(opinionIds).size) {
      throw new GroupingError('INVALID_GROUPS', 'Có ý kiến trong các nhóm không thuộc đợt lấy ý kiến này.');
    }
  }
}
