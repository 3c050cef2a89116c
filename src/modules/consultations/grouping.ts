// Automatic grouping of similar opinions for a consultation's synthesis: the main themes of what residents said,
// found in Vietnamese text without any external service (the synthesis of Law 10/2022 Art. 28 cl. 3). Pure
// functions, no I/O. The corrections an official makes to the result (merge, split, rename, move) are in
// grouping/edit.ts.
//
// Method
//  1. Features (grouping/corpus.ts): folded syllables and adjacent-syllable bigrams ("ngan_sach"), stop words
//     removed (src/core/text.ts). Accented and unaccented spellings of the same opinion give the same features.
//  2. TF-IDF weights (sublinear tf, smoothed idf), features seen in a single opinion dropped, vectors
//     L2-normalised.
//  3. Single-pass leader clustering (grouping/cluster.ts): each opinion is compared only with the clusters found
//     through an inverted index of clusters' top terms (posting lists capped in length), and joins the most similar
//     centroid above a threshold or starts a new cluster. Cost per opinion is bounded, so the whole is near-linear.
//  4. Refinement: a few k-means-like passes reassign every opinion to its best centroid (again only among
//     candidates from the index; an opinion close to no cluster of two or more is left out); then clusters whose
//     centroids are close are merged.
//  5. Themes: clusters of at least `minGroupSize` opinions; if there are more than `maxGroups`, the closest are
//     agglomerated (centroid similarity, at most 4 × maxGroups clusters considered) and the smallest dropped.
//     Every other opinion joins the theme of its nearest themed cluster if close enough, otherwise the group
//     "Ý kiến khác".
//  6. Labels (grouping/labels.ts): the heaviest centroid terms, each grown into the phrase residents write
//     ("trạm" → "trạm y tế") when the neighbouring syllable is shared by most occurrences and coheres with it
//     corpus-wide, and shown in its most frequent written form (diacritics restored from accented opinions).
// Everything is deterministic: same input (same order) → same groups. No randomness is used at all.
// The cost is kept near-linear so that a province-wide consultation groups in seconds (bench/grouping.bench.ts).
import {
  POSTING_CAP,
  addToCluster,
  agglomerate,
  bestCluster,
  clustersFrom,
  compact,
  leaderPass,
  mergePass,
  newCluster,
  refinePass,
  staticIndex,
} from './grouping/cluster.ts';
import { buildCorpus, hasVector, type OpinionInput } from './grouping/corpus.ts';
import { describe, uniqueKey } from './grouping/labels.ts';
import { OTHER_GROUP_KEY, OTHER_GROUP_LABEL, groupingRefusal, type OpinionGroup } from './grouping/model.ts';

export type { OpinionInput } from './grouping/corpus.ts';
export { OTHER_GROUP_KEY, OTHER_GROUP_LABEL, type OpinionGroup } from './grouping/model.ts';

interface GroupingOptions {
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

/** Clusters considered for agglomeration into themes, per theme shown. */
const AGGLOMERATE_CAP = 4;

function checkUniqueIds(opinions: readonly OpinionInput[]): void {
  const seen = new Set<string>();
  for (const o of opinions) {
    if (seen.has(o.id)) throw groupingRefusal('DUPLICATE_OPINION', `Ý kiến "${o.id}" xuất hiện nhiều lần.`);
    seen.add(o.id);
  }
}

function defaultMinGroupSize(n: number): number {
  return Math.max(2, Math.floor(Math.sqrt(n) / 10));
}

function defaultMaxGroups(n: number): number {
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
      if (d === undefined) throw groupingRefusal('OPINION_NOT_FOUND', `Không tìm thấy ý kiến "${id}".`);
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
