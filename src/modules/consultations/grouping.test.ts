import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../core/refusal.ts';
import { foldVietnamese } from '../../core/text.ts';
import { OTHER_GROUP_KEY, OTHER_GROUP_LABEL, groupOpinions, relabelGroups, type OpinionGroup, type OpinionInput } from './grouping.ts';
import { assertValidGroups, mergeGroups, moveOpinion, moveOpinions, renameGroup, splitGroup } from './grouping/edit.ts';

const ROADS = [
  'Đề nghị làm đường bê tông cho thôn 3, mùa mưa rất lầy lội',
  'Đường giao thông liên thôn xuống cấp, cần làm đường bê tông',
  'Làm đường bê tông vào xóm Bãi để bà con đi lại thuận tiện',
  'Đường giao thông nông thôn hư hỏng nặng, đề nghị bê tông hóa',
  'Sớm làm đường giao thông bê tông cho bà con thôn Đông',
  'Con đường vào thôn Trung xuống cấp, xin làm đường bê tông',
];
const BUDGET = [
  'Công khai ngân sách xã và các khoản thu chi hằng năm',
  'Thu chi ngân sách phải minh bạch, niêm yết tại nhà văn hóa',
  'Đề nghị niêm yết công khai thu chi ngân sách hằng quý',
  'Ngân sách xã thu chi chưa công khai đầy đủ cho dân biết',
  'Báo cáo thu chi ngân sách trước dân mỗi kỳ họp',
  'Cần công khai quyết toán ngân sách, thu chi rõ ràng',
];
const SCHOOLS = [
  'Trường học xuống cấp, lớp học bị dột khi trời mưa',
  'Xây thêm lớp học cho trường tiểu học của xã',
  'Sửa chữa trường học, mua bàn ghế mới cho lớp học',
  'Trường học thiếu lớp học, các cháu phải học ghép',
  'Đề nghị nâng cấp trường học và lớp học mầm non',
  'Lớp học trường mầm non chật chội, cần mở rộng trường học',
];
/** Opinions made only of stop words, stance and polite formulas. */
const STOPS = [
  'Tôi đồng ý',
  'Không có ý kiến gì thêm',
  'Nhất trí với dự thảo',
  'Cũng được thôi ạ',
  'Tôi thấy như vậy là được rồi',
  'Xin cảm ơn',
  'Chúng tôi hoàn toàn nhất trí, không có ý kiến gì khác',
  'Vâng, tôi cũng nghĩ vậy',
];

function opinions(prefix: string, texts: readonly string[]): OpinionInput[] {
  return texts.map((text, i) => ({ id: `${prefix}${i}`, text }));
}

function groupOf(groups: readonly OpinionGroup[], id: string): OpinionGroup {
  const g = groups.find((x) => x.opinionIds.includes(id));
  if (!g) throw new Error(`${id} in no group`);
  return g;
}

const THREE_TOPICS = [...opinions('road', ROADS), ...opinions('budget', BUDGET), ...opinions('school', SCHOOLS)];

describe('groupOpinions', () => {
  it('puts roads, budget and schools into three distinct groups', () => {
    const groups = groupOpinions(THREE_TOPICS);
    assertValidGroups(groups, THREE_TOPICS.map((o) => o.id));
    const road = groupOf(groups, 'road0');
    const budget = groupOf(groups, 'budget0');
    const school = groupOf(groups, 'school0');
    expect(new Set([road.key, budget.key, school.key]).size).toBe(3);
    for (const [g, prefix] of [[road, 'road'], [budget, 'budget'], [school, 'school']] as const) {
      expect(g.kind).toBe('theme');
      expect([...g.opinionIds].sort()).toEqual(THREE_TOPICS.filter((o) => o.id.startsWith(prefix)).map((o) => o.id).sort());
    }
    expect(groups.filter((g) => g.kind === 'theme')).toHaveLength(3);
  });

  it('labels groups with their top terms, diacritics included', () => {
    const groups = groupOpinions(THREE_TOPICS);
    const road = groupOf(groups, 'road0');
    const budget = groupOf(groups, 'budget0');
    const school = groupOf(groups, 'school0');
    expect(road.label).toMatch(/bê tông|đường/i);
    expect(budget.label).toMatch(/ngân sách|thu chi/i);
    expect(school.label).toMatch(/trường học|lớp học/i);
    for (const g of [road, budget, school]) {
      const terms = g.label.split(', ');
      expect(terms.length).toBeGreaterThanOrEqual(2);
      expect(terms.length).toBeLessThanOrEqual(4);
      expect(g.label.charAt(0)).toBe(g.label.charAt(0).toLocaleUpperCase('vi'));
      expect(g.topTerms.length).toBeGreaterThanOrEqual(2);
      expect(g.label).not.toBe(foldVietnamese(g.label)); // diacritics restored
    }
  });

  it('puts accented, unaccented and NFD spellings of an opinion together, labelled with diacritics', () => {
    const input = [
      ...THREE_TOPICS,
      ...ROADS.slice(0, 3).map((t, i) => ({ id: `road-ascii${i}`, text: foldVietnamese(t) })),
      ...BUDGET.slice(0, 3).map((t, i) => ({ id: `budget-ascii${i}`, text: foldVietnamese(t).toUpperCase() })),
      ...SCHOOLS.slice(0, 3).map((t, i) => ({ id: `school-nfd${i}`, text: t.normalize('NFD') })),
    ];
    const groups = groupOpinions(input);
    assertValidGroups(groups, input.map((o) => o.id));
    for (let i = 0; i < 3; i++) {
      expect(groupOf(groups, `road-ascii${i}`).key).toBe(groupOf(groups, `road${i}`).key);
      expect(groupOf(groups, `budget-ascii${i}`).key).toBe(groupOf(groups, `budget${i}`).key);
      expect(groupOf(groups, `school-nfd${i}`).key).toBe(groupOf(groups, `school${i}`).key);
    }
    expect(groups.filter((g) => g.kind === 'theme')).toHaveLength(3);
    expect(groupOf(groups, 'budget0').label).toMatch(/ngân sách|thu chi/i);
  });

  it('groups opinions typed entirely without diacritics', () => {
    const input = [
      ...opinions('road', ROADS.map(foldVietnamese)),
      ...opinions('budget', BUDGET.map(foldVietnamese)),
    ];
    const groups = groupOpinions(input);
    expect(groupOf(groups, 'road0').opinionIds).toHaveLength(ROADS.length);
    expect(groupOf(groups, 'budget0').opinionIds).toHaveLength(BUDGET.length);
    expect(groupOf(groups, 'road0').key).not.toBe(groupOf(groups, 'budget0').key);
    expect(groupOf(groups, 'road0').label).toMatch(/be tong|duong/i);
  });

  it('does not make a group out of stop words', () => {
    const input = [...THREE_TOPICS, ...opinions('stop', STOPS)];
    const groups = groupOpinions(input);
    const other = groups.find((g) => g.kind === 'other');
    expect(other?.key).toBe(OTHER_GROUP_KEY);
    expect(other?.label).toBe(OTHER_GROUP_LABEL);
    expect([...(other?.opinionIds ?? [])].sort()).toEqual(STOPS.map((_, i) => `stop${i}`).sort());
    expect(groups.at(-1)).toBe(other);
    expect(groups.filter((g) => g.kind === 'theme')).toHaveLength(3);
  });

  it('does not let a shared frame of function words merge different topics', () => {
    const frame = (s: string) => `Theo tôi thì chúng ta cần phải có những việc như là ${s} và để cho mọi người được biết`;
    const input = [
      ...opinions('road', ROADS.map(frame)),
      ...opinions('budget', BUDGET.map(frame)),
      ...opinions('school', SCHOOLS.map(frame)),
    ];
    const groups = groupOpinions(input);
    const keys = ['road', 'budget', 'school'].map((p) => groupOf(groups, `${p}0`).key);
    expect(new Set(keys).size).toBe(3);
    for (const p of ['road', 'budget', 'school']) {
      expect(groupOf(groups, `${p}0`).opinionIds.every((id) => id.startsWith(p))).toBe(true);
    }
  });

  it('sends everything to "Ý kiến khác" when nothing is alike, and handles empty input', () => {
    expect(groupOpinions([])).toEqual([]);
    const input = opinions('x', ['Lắp đèn đường ở ngã ba', 'Nạo vét kênh mương nội đồng', 'Trạm y tế thiếu thuốc', '']);
    const groups = groupOpinions(input);
    expect(groups).toHaveLength(1);
    expect(groups[0].kind).toBe('other');
    expect(groups[0].opinionIds).toEqual(['x0', 'x1', 'x2', 'x3']);
  });

  it('is deterministic', () => {
    const input = [...THREE_TOPICS, ...opinions('stop', STOPS)];
    const a = groupOpinions(input);
    const b = groupOpinions(input.map((o) => ({ ...o })));
    expect(b).toEqual(a);
  });

  it('orders themes by size, keeps opinion ids in input order, gives unique keys', () => {
    const input = [...THREE_TOPICS, ...opinions('road-more', ROADS.slice(0, 3).map((t) => `${t}, rất cần thiết`))];
    const groups = groupOpinions(input);
    const themes = groups.filter((g) => g.kind === 'theme');
    for (let i = 1; i < themes.length; i++) {
      expect(themes[i - 1].opinionIds.length).toBeGreaterThanOrEqual(themes[i].opinionIds.length);
    }
    const position = new Map(input.map((o, i) => [o.id, i]));
    for (const g of groups) {
      const idx = g.opinionIds.map((id) => position.get(id)!);
      expect(idx).toEqual([...idx].sort((x, y) => x - y));
      expect(g.key).toMatch(/^[a-z0-9-]+$/);
    }
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });

  it('respects maxGroups: the rest join a theme or "Ý kiến khác"', () => {
    const groups = groupOpinions(THREE_TOPICS, { maxGroups: 2, themeSimilarity: 0.99 });
    expect(groups.filter((g) => g.kind === 'theme')).toHaveLength(2);
    assertValidGroups(groups, THREE_TOPICS.map((o) => o.id));
  });

  it('refuses duplicate opinion ids', () => {
    expect(() => groupOpinions([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(RefusalError);
  });

  it('groups a few thousand opinions with every opinion in exactly one group', () => {
    const input: OpinionInput[] = [];
    const all = [ROADS, BUDGET, SCHOOLS, STOPS];
    for (let i = 0; i < 3000; i++) {
      const texts = all[i % 4];
      const t = texts[(i * 7) % texts.length];
      const variant = [foldVietnamese(t), t.toUpperCase(), `${t}!`, `Ý kiến: ${t}.`, t.normalize('NFD'), `${t}, xin cảm ơn`][i % 6];
      input.push({ id: `o${i}`, text: variant });
    }
    const groups = groupOpinions(input);
    assertValidGroups(groups, input.map((o) => o.id));
    expect(groupOf(groups, 'o0').key).not.toBe(groupOf(groups, 'o1').key);
    expect(groupOf(groups, 'o3').kind).toBe('other');
  });
});

describe('corrections by an official', () => {
  const input = [...THREE_TOPICS, ...opinions('stop', STOPS)];
  const ids = input.map((o) => o.id);
  const base = groupOpinions(input);
  const road = groupOf(base, 'road0').key;
  const budget = groupOf(base, 'budget0').key;
  const school = groupOf(base, 'school0').key;
  const snapshot = JSON.stringify(base);

  it('mergeGroups joins groups into the first, keeps every opinion once', () => {
    const merged = mergeGroups(base, [road, school], 'Hạ tầng: đường và trường');
    assertValidGroups(merged, ids);
    expect(merged).toHaveLength(base.length - 1);
    const g = merged.find((x) => x.key === road)!;
    expect(g.label).toBe('Hạ tầng: đường và trường');
    expect(g.labelSource).toBe('official');
    expect(g.opinionIds).toHaveLength(ROADS.length + SCHOOLS.length);
    expect(merged.find((x) => x.key === school)).toBeUndefined();
    expect(mergeGroups(base, [budget, road]).find((x) => x.key === budget)!.label).toBe(groupOf(base, 'budget0').label);
    expect(JSON.stringify(base)).toBe(snapshot); // input untouched
  });

  it('mergeGroups refuses fewer than two groups or an unknown key', () => {
    expect(() => mergeGroups(base, [road])).toThrow(RefusalError);
    expect(() => mergeGroups(base, [road, road])).toThrow(/ít nhất hai nhóm/);
    expect(() => mergeGroups(base, [road, 'khong-co'])).toThrow(/Không tìm thấy nhóm/);
  });

  it('splitGroup moves some opinions into a new group right after the source', () => {
    const split = splitGroup(base, road, ['road1', 'road3'], 'Đường liên thôn');
    assertValidGroups(split, ids);
    const at = split.findIndex((g) => g.key === road);
    expect(split[at + 1].label).toBe('Đường liên thôn');
    expect(split[at + 1].opinionIds).toEqual(['road1', 'road3']);
    expect(split[at].opinionIds).not.toContain('road1');
    expect(split[at + 1].key).not.toBe(road);
    expect(new Set(split.map((g) => g.key)).size).toBe(split.length);
    const twice = splitGroup(split, road, ['road2']);
    assertValidGroups(twice, ids);
    expect(new Set(twice.map((g) => g.key)).size).toBe(twice.length);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it('splitGroup from "Ý kiến khác" makes a theme', () => {
    const split = splitGroup(base, OTHER_GROUP_KEY, ['stop0', 'stop2']);
    assertValidGroups(split, ids);
    const created = groupOf(split, 'stop0');
    expect(created.kind).toBe('theme');
    expect(created.label).toBe('Nhóm mới');
    expect(groupOf(split, 'stop1').kind).toBe('other');
  });

  it('splitGroup refuses empty, foreign or complete selections', () => {
    expect(() => splitGroup(base, road, [])).toThrow(RefusalError);
    expect(() => splitGroup(base, road, ['budget0'])).toThrow(/không thuộc nhóm/);
    expect(() => splitGroup(base, road, groupOf(base, 'road0').opinionIds)).toThrow(/toàn bộ/);
  });

  it('renameGroup sets an official label and validates it', () => {
    const renamed = renameGroup(base, budget, '  Công khai   tài chính  ');
    assertValidGroups(renamed, ids);
    expect(renamed.find((g) => g.key === budget)).toMatchObject({ label: 'Công khai tài chính', labelSource: 'official' });
    expect(() => renameGroup(base, budget, '   ')).toThrow(/không được để trống/);
    expect(() => renameGroup(base, budget, 'x'.repeat(201))).toThrow(RefusalError);
    expect(() => renameGroup(base, 'khong-co', 'A')).toThrow(RefusalError);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it('moveOpinion moves one opinion; a group left empty disappears', () => {
    const moved = moveOpinion(base, 'stop0', budget);
    assertValidGroups(moved, ids);
    expect(groupOf(moved, 'stop0').key).toBe(budget);
    const emptied = moveOpinions(base, groupOf(base, 'school0').opinionIds, road);
    assertValidGroups(emptied, ids);
    expect(emptied.find((g) => g.key === school)).toBeUndefined();
    expect(moveOpinion(base, 'road0', road)).toEqual(base);
    expect(() => moveOpinion(base, 'nobody', road)).toThrow(/Không tìm thấy ý kiến/);
    expect(() => moveOpinion(base, 'road0', 'khong-co')).toThrow(RefusalError);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it('a sequence of random corrections keeps every opinion in exactly one group', () => {
    let groups = base;
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let step = 0; step < 200; step++) {
      const g = groups[Math.floor(rnd() * groups.length)];
      const h = groups[Math.floor(rnd() * groups.length)];
      const op = Math.floor(rnd() * 4);
      if (op === 0 && g.key !== h.key) groups = mergeGroups(groups, [g.key, h.key]);
      else if (op === 1 && g.opinionIds.length > 1) {
        let part = g.opinionIds.filter(() => rnd() < 0.5);
        if (part.length === 0) part = [g.opinionIds[0]];
        if (part.length === g.opinionIds.length) part = part.slice(1);
        groups = splitGroup(groups, g.key, part);
      }
      else if (op === 2) groups = renameGroup(groups, g.key, `Nhóm ${step}`);
      else groups = moveOpinion(groups, ids[Math.floor(rnd() * ids.length)], h.key);
      assertValidGroups(groups, ids);
    }
  });

  it('assertValidGroups detects broken invariants', () => {
    const dup = base.map((g, i) => (i === 0 ? { ...g, opinionIds: [...g.opinionIds, base[1].opinionIds[0]] } : g));
    expect(() => assertValidGroups(dup, ids)).toThrow(/nhiều hơn một nhóm/);
    expect(() => assertValidGroups(base, [...ids, 'missing'])).toThrow(/chưa thuộc nhóm nào/);
    expect(() => assertValidGroups(base, ids.slice(1))).toThrow(RefusalError);
    expect(() => assertValidGroups([...base, { ...base[0], opinionIds: [] }])).toThrow(RefusalError);
  });

  it('relabelGroups names a split-off group from its opinions and keeps official labels', () => {
    const split = splitGroup(base, OTHER_GROUP_KEY, ['stop0', 'stop1']);
    const renamed = renameGroup(split, budget, 'Tài chính xã');
    const moved = moveOpinions(renamed, ['road0', 'road1', 'road2'], groupOf(renamed, 'stop0').key);
    const relabelled = relabelGroups(input, moved);
    assertValidGroups(relabelled, ids);
    expect(groupOf(relabelled, 'road0').label).toMatch(/bê tông|đường/i);
    expect(groupOf(relabelled, 'budget0').label).toBe('Tài chính xã');
    expect(groupOf(relabelled, 'budget0').topTerms.length).toBeGreaterThan(0);
    expect(relabelled.map((g) => g.key)).toEqual(moved.map((g) => g.key));
  });
});
