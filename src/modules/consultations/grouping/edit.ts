// Corrections of the groups by an official: merge, split, rename, move (pure: each returns a new array, inputs
// untouched), and the invariants of a set of groups. A correction that cannot be made throws a `RefusalError`
// (grouping/model.ts).
import { groupingRefusal, type OpinionGroup } from './model.ts';
import { TOP_TERMS, uniqueKey } from './labels.ts';

const SPLIT_DEFAULT_LABEL = 'Nhóm mới';
const MAX_LABEL_LENGTH = 200;

function copy(groups: readonly OpinionGroup[]): OpinionGroup[] {
  return groups.map((g) => ({ ...g, opinionIds: [...g.opinionIds], topTerms: [...g.topTerms] }));
}

function indexOfGroup(groups: readonly OpinionGroup[], key: string): number {
  const i = groups.findIndex((g) => g.key === key);
  if (i < 0) throw groupingRefusal('GROUP_NOT_FOUND', `Không tìm thấy nhóm "${key}".`);
  return i;
}

function cleanLabel(label: string): string {
  const l = label.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (l.length === 0) throw groupingRefusal('INVALID_LABEL', 'Tên nhóm không được để trống.');
  if (l.length > MAX_LABEL_LENGTH) {
    throw groupingRefusal('INVALID_LABEL', `Tên nhóm không được dài quá ${MAX_LABEL_LENGTH} ký tự.`);
  }
  return l;
}

/**
 * Merges the groups `keys` (at least two) into the first of them, at its position. Opinions keep their order:
 * the first group's, then the others' in the order of `keys`. With `newLabel` the label becomes the official's.
 */
export function mergeGroups(groups: readonly OpinionGroup[], keys: readonly string[], newLabel?: string): OpinionGroup[] {
  const unique = [...new Set(keys)];
  if (unique.length < 2) throw groupingRefusal('INVALID_MERGE', 'Cần chọn ít nhất hai nhóm để gộp.');
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
  if (moving.size === 0) throw groupingRefusal('INVALID_SPLIT', 'Cần chọn ít nhất một ý kiến để tách.');
  const inSource = new Set(source.opinionIds);
  for (const id of moving) {
    if (!inSource.has(id)) throw groupingRefusal('OPINION_NOT_FOUND', `Ý kiến "${id}" không thuộc nhóm "${source.label}".`);
  }
  if (moving.size === inSource.size) {
    throw groupingRefusal('INVALID_SPLIT', 'Không thể tách toàn bộ ý kiến của một nhóm; hãy đổi tên nhóm.');
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
    if (!found.has(id)) throw groupingRefusal('OPINION_NOT_FOUND', `Không tìm thấy ý kiến "${id}".`);
  }
  return out.filter((g, i) => i === to || g.opinionIds.length > 0);
}

/** Moves one opinion into group `toKey`; a group left empty disappears. */
export function moveOpinion(groups: readonly OpinionGroup[], opinionId: string, toKey: string): OpinionGroup[] {
  return moveOpinions(groups, [opinionId], toKey);
}

/**
 * Checks the invariants: keys unique, no group empty, every opinion in exactly one group and — when
 * `opinionIds` is given — exactly those opinions. Throws a 422 `INVALID_GROUPS` refusal with the first problem.
 */
export function assertValidGroups(groups: readonly OpinionGroup[], opinionIds?: readonly string[]): void {
  const keys = new Set<string>();
  const seen = new Set<string>();
  for (const g of groups) {
    if (keys.has(g.key)) throw groupingRefusal('INVALID_GROUPS', `Mã nhóm "${g.key}" bị trùng.`);
    keys.add(g.key);
    if (g.opinionIds.length === 0) throw groupingRefusal('INVALID_GROUPS', `Nhóm "${g.label}" không có ý kiến nào.`);
    for (const id of g.opinionIds) {
      if (seen.has(id)) throw groupingRefusal('INVALID_GROUPS', `Ý kiến "${id}" thuộc nhiều hơn một nhóm.`);
      seen.add(id);
    }
  }
  if (opinionIds) {
    for (const id of opinionIds) {
      if (!seen.has(id)) throw groupingRefusal('INVALID_GROUPS', `Ý kiến "${id}" chưa thuộc nhóm nào.`);
    }
    if (seen.size !== new Set(opinionIds).size) {
      throw groupingRefusal('INVALID_GROUPS', 'Có ý kiến trong các nhóm không thuộc đợt lấy ý kiến này.');
    }
  }
}
