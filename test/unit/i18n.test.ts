// Every namespace registered in web/src/i18n.ts: Vietnamese and English have exactly the same keys, no empty
// strings, the same {{placeholders}}, text in Unicode NFC; and the shell's Vietnamese is really Vietnamese
// (diacritics where a Vietnamese sentence must have them).
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../web/src/i18n.ts';

type Tree = { [k: string]: string | Tree };

/** 'a.b.c' → leaf value, for every leaf; non-string leaves are reported as such. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) {
    out.set(prefix, tree);
    return out;
  }
  for (const [k, v] of Object.entries(tree as Tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

// Vietnamese letters with diacritics (lower and upper case), đ/Đ included.
const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
// Shell namespaces whose Vietnamese must read as Vietnamese.
const SHELL_NAMESPACES = ['common', 'units'];
// Vietnamese strings that may legitimately be without diacritics (names, codes, examples).
const NO_DIACRITICS_OK = new Set<string>([]);

const entries = Object.entries(NAMESPACES) as [string, { vi: unknown; en: unknown }][];

describe('i18n messages', () => {
  it('registers the shell namespaces', () => {
    for (const ns of SHELL_NAMESPACES) expect(Object.keys(NAMESPACES)).toContain(ns);
  });

  describe.each(entries)('namespace %s', (ns, messages) => {
    const vi = flatten(messages.vi);
    const en = flatten(messages.en);

    it('has the same keys in vi and en', () => {
      const missingInEn = [...vi.keys()].filter((k) => !en.has(k));
      const missingInVi = [...en.keys()].filter((k) => !vi.has(k));
      expect({ missingInEn, missingInVi }).toEqual({ missingInEn: [], missingInVi: [] });
      expect(vi.size).toBeGreaterThan(0);
    });

    it('has only non-empty strings, in NFC', () => {
      const bad: string[] = [];
      for (const [lang, map] of [['vi', vi], ['en', en]] as const) {
        for (const [k, v] of map) {
          if (typeof v !== 'string') bad.push(`${lang}:${k} is ${typeof v}`);
          else if (!v.trim()) bad.push(`${lang}:${k} is empty`);
          else if (v !== v.normalize('NFC')) bad.push(`${lang}:${k} is not NFC`);
        }
      }
      expect(bad).toEqual([]);
    });

    it('uses the same {{placeholders}} in vi and en', () => {
      const diff: string[] = [];
      for (const [k, v] of vi) {
        const e = en.get(k);
        if (typeof v === 'string' && typeof e === 'string' && placeholders(v).join() !== placeholders(e).join()) diff.push(k);
      }
      expect(diff).toEqual([]);
    });
  });

  it.each(SHELL_NAMESPACES)('shell namespace %s: Vietnamese sentences carry diacritics', (ns) => {
    const vi = flatten((NAMESPACES as Record<string, { vi: unknown }>)[ns]!.vi);
    const missing: string[] = [];
    for (const [k, v] of vi) {
      if (typeof v !== 'string' || NO_DIACRITICS_OK.has(`${ns}:${k}`)) continue;
      const words = v.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}+/gu) ?? [];
      if (words.length >= 2 && !VI_DIACRITIC.test(v)) missing.push(`${k}: ${v}`);
    }
    expect(missing).toEqual([]);
  });

  it('shell: well-known labels are spelled with their diacritics', () => {
    const vi = flatten(NAMESPACES.common.vi);
    expect(vi.get('nav.login')).toBe('Đăng nhập');
    expect(vi.get('nav.logout')).toBe('Đăng xuất');
    expect(vi.get('nav.home')).toBe('Trang chủ');
    expect(vi.get('nav.units')).toBe('Đơn vị');
    expect(vi.get('roles.official')).toBe('Cán bộ, công chức');
    expect(vi.get('roles.village_head')).toBe('Trưởng thôn, tổ trưởng tổ dân phố');
    expect(vi.get('roles.resident')).toBe('Người dân');
    expect(vi.get('roles.board_member')).toBe('Thành viên Ban TTND / Ban GSĐTCĐ');
    expect(vi.get('roles.steering')).toBe('Ban Chỉ đạo');
    expect(vi.get('roles.union')).toBe('Công đoàn');
    expect(vi.get('roles.admin')).toBe('Quản trị hệ thống');
  });

  it('flatten finds a key missing on one side (the check above is not vacuous)', () => {
    const a = flatten({ a: 'x', b: { c: 'y', d: 'z' } });
    const b = flatten({ a: 'x', b: { c: 'y' } });
    expect([...a.keys()].filter((k) => !b.has(k))).toEqual(['b.d']);
  });
});
