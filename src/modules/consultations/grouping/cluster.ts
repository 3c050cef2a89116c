// Clusters of opinions: a centroid per cluster, compared by cosine similarity. Single-pass leader clustering through
// an inverted index of clusters' top terms (posting lists capped in length), so the cost per opinion is bounded and
// the whole is near-linear; then a few k-means-like reassignment passes, a merge of close clusters, and the
// agglomeration of clusters into at most `maxGroups` themes. Deterministic: no randomness. Pure.
import { QUERY_TERMS, hasVector, type Corpus } from './corpus.ts';

/** Terms per cluster put in the inverted index. */
const INDEX_TERMS = 8;
/** Longest posting list kept while clustering (largest, then newest clusters win). */
export const POSTING_CAP = 48;

export interface Cluster {
  centroid: Map<number, number>;
  norm2: number;
  size: number;
  /** Smallest opinion index in the cluster (for a deterministic order). */
  first: number;
}

export function newCluster(): Cluster {
  return { centroid: new Map(), norm2: 0, size: 0, first: Number.MAX_SAFE_INTEGER };
}

export function addToCluster(c: Cluster, corpus: Corpus, d: number): void {
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

/** Builds clusters from an assignment (cluster index per opinion, -1 = none). */
export function clustersFrom(corpus: Corpus, assign: Int32Array, k: number): Cluster[] {
  const clusters: Cluster[] = [];
  for (let c = 0; c < k; c++) clusters.push(newCluster());
  for (let d = 0; d < corpus.n; d++) if (assign[d] >= 0) addToCluster(clusters[assign[d]], corpus, d);
  return clusters;
}

/** Renumbers clusters: drops empty ones, orders by size (desc) then first member. Returns the new count. */
export function compact(corpus: Corpus, assign: Int32Array, k: number): number {
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
export function staticIndex(clusters: readonly Cluster[], eligible: (c: number) => boolean, cap: number): Map<number, number[]> {
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
export function bestCluster(
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
export function leaderPass(corpus: Corpus, threshold: number): { assign: Int32Array; k: number } {
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
export function refinePass(corpus: Corpus, assign: Int32Array, k: number, threshold: number): number {
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
export function mergePass(corpus: Corpus, assign: Int32Array, k: number, mergeThreshold: number): number {
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

// ---- themes: agglomeration of clusters when there are too many to show ----------------------------------------

/**
 * Agglomerates clusters (given by index, largest first) by centroid similarity: pairs closer than
 * `mergeThreshold` always, then the closest pairs while more than `maxGroups` remain and they are at least
 * `floor` similar. Returns, for each given cluster, its theme (0…themes-1, largest theme first) or -1 when it did
 * not fit in `maxGroups`.
 */
export function agglomerate(
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
