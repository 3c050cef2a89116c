// Labels of a group: the heaviest centroid terms, each grown into the phrase residents write ("trạm" → "trạm y tế")
// when the neighbouring syllable is shared by most occurrences and coheres with it corpus-wide, and shown in its
// most frequent written form (diacritics restored from accented opinions). Pure.
import type { Cluster } from './cluster.ts';
import { PAIR, type Corpus } from './corpus.ts';

/** Members scanned to find the written form of a label term. */
const LABEL_SAMPLE = 400;
/** Most characteristic terms kept per group. */
export const TOP_TERMS = 6;
const LABEL_MAX_TERMS = 4;
const LABEL_SOFT_LENGTH = 48;

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

export function uniqueKey(base: string, taken: Set<string>): string {
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

export function describe(corpus: Corpus, members: readonly number[], cluster: Cluster): Description {
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
