// The demo province of `npm start`: one province, two communes, villages with ~50 households each, agencies, an
// enterprise and an account for every role. Deterministic (seeded), so the README can list the accounts.
import { hashPassword } from '../../core/auth.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { DemoContext, DemoSeeding } from '../../core/module.ts';
import { prng } from '../../core/random.ts';
import type { Role } from '../../core/schema.ts';
import { bulkCreateHouseholds, createSystemAccount, createUnit, type CreateUnitInput } from './commands.ts';
import { accountGrants, firstRepresentedHousehold, unitCodeExists } from './queries.ts';
import { ROOT_UNIT_ID, type HouseholdInput } from './rules.ts';

export const DEMO_PASSWORD = 'CoSo@2026';

interface DemoAccount {
  username: string;
  role: Role;
  unit: string;
  description: string;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đào', 'Đinh'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Xuân', 'Công', 'Đình', 'Tiến'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Phương'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Hòa', 'Toàn', 'Lâm', 'Đạt'];
const GIVEN_F = ['Giang', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Mai', 'Nga', 'Phương', 'Tâm', 'Thảo', 'Trang', 'Yến', 'Hằng', 'Liên', 'Oanh', 'Nhung'];

function vietnameseName(rand: () => number): string {
  const pick = <T,>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const male = rand() < 0.6; // representatives in the countryside are more often men
  return `${pick(FAMILY)} ${male ? pick(MIDDLE_M) : pick(MIDDLE_F)} ${male ? pick(GIVEN_M) : pick(GIVEN_F)}`;
}

export function demoHouseholds(rand: () => number, village: string, n: number): HouseholdInput[] {
  return Array.from({ length: n }, (_, i) => {
    const rep = vietnameseName(rand);
    return {
      name: `Hộ ông/bà ${rep}`,
      code: `${i + 1}`.padStart(3, '0'),
      address: `Số ${i + 1}, ${village}`,
      representative: { name: rep, phone: `09${Math.floor(rand() * 1e8).toString().padStart(8, '0')}` },
    };
  });
}

/** The demo administrator, unless the operator chose one with COSO_ADMIN_PASSWORD; `demo.ctx` acts as it afterwards. */
async function seedAdmin(demo: DemoContext, passwordHash: string): Promise<Ctx> {
  let ctx = await demo.actAs('admin');
  if (!ctx) {
    await createSystemAccount(
      demo.ctx,
      { username: 'admin', passwordHash, name: 'Quản trị hệ thống', householdId: null, grants: [{ role: 'admin', unitId: ROOT_UNIT_ID }] },
      { username: 'admin', demo: true },
    );
    ctx = (await demo.actAs('admin'))!;
  }
  demo.ctx = ctx;
  return ctx;
}

const VILLAGES: [key: string, name: string, code: string, commune: string][] = [
  ['thon-dong', 'Thôn Đông', 'HY-TANHUNG-DONG', 'tanhung'],
  ['thon-tay', 'Thôn Tây', 'HY-TANHUNG-TAY', 'tanhung'],
  ['thon-trung', 'Thôn Trung', 'HY-TANHUNG-TRUNG', 'tanhung'],
  ['thon-bac', 'Thôn Bắc', 'HY-TANHUNG-BAC', 'tanhung'],
  ['tdp-1', 'Tổ dân phố số 1', 'HY-PHOHIEN-TDP1', 'phohien'],
  ['tdp-2', 'Tổ dân phố số 2', 'HY-PHOHIEN-TDP2', 'phohien'],
  ['tdp-3', 'Tổ dân phố số 3', 'HY-PHOHIEN-TDP3', 'phohien'],
];

/** The province, its communes, villages with 46–55 households each, agencies and an enterprise (keys in demo.units). */
async function seedUnits(demo: DemoContext, ctx: Ctx, rand: () => number): Promise<void> {
  const ids = demo.units;
  const mk = async (key: string, kind: CreateUnitInput['kind'], name: string, code: string, parent?: string) => {
    ids[key] = (await createUnit(ctx, { kind, name, code, parentId: parent ? ids[parent]! : null })).id;
  };
  await mk('province', 'province', 'Tỉnh Hưng Yên', 'HY');
  await mk('tanhung', 'commune', 'Xã Tân Hưng', 'HY-TANHUNG', 'province');
  await mk('phohien', 'commune', 'Phường Phố Hiến', 'HY-PHOHIEN', 'province');
  for (const [key, name, code, parent] of VILLAGES) {
    await mk(key, 'village', name, code, parent);
    const n = 46 + Math.floor(rand() * 10);
    await bulkCreateHouseholds(ctx, ids[key]!, demoHouseholds(rand, name, n));
  }
  await mk('truong', 'agency', 'Trường Tiểu học Tân Hưng', 'HY-TANHUNG-THTH', 'tanhung');
  await mk('sonoivu', 'agency', 'Sở Nội vụ tỉnh Hưng Yên', 'HY-SNV', 'province');
  await mk('hunglong', 'enterprise', 'Công ty TNHH May Hưng Long', 'HY-TANHUNG-MAYHL', 'tanhung');
}

type SeededAccount = DemoAccount & { name: string; unitId: number; householdId?: number; personId?: number };

/** An account for every role; the resident is the representative of the first household of Thôn Đông. */
async function demoAccounts(ctx: Ctx, ids: Record<string, number>): Promise<SeededAccount[]> {
  const first = await firstRepresentedHousehold(ctx, ids['thon-dong']!);
  return [
    { username: 'bcd.tinh', role: 'steering', unit: 'Tỉnh Hưng Yên', unitId: ids.province!, name: 'Trần Văn Quyết', description: 'Ban Chỉ đạo tỉnh: xem mọi đơn vị, báo cáo' },
    { username: 'canbo.tanhung', role: 'official', unit: 'Xã Tân Hưng', unitId: ids.tanhung!, name: 'Lê Thị Thu Hà', description: 'Cán bộ UBND xã: công khai, lấy ý kiến, đơn thư' },
    { username: 'canbo.phohien', role: 'official', unit: 'Phường Phố Hiến', unitId: ids.phohien!, name: 'Phạm Minh Tuấn', description: 'Cán bộ UBND phường' },
    { username: 'truongthon.dong', role: 'village_head', unit: 'Thôn Đông', unitId: ids['thon-dong']!, name: 'Nguyễn Văn Bình', description: 'Trưởng thôn: họp thôn, phiếu biểu quyết hộ' },
    {
      username: 'dan.dong',
      role: 'resident',
      unit: 'Thôn Đông',
      unitId: ids['thon-dong']!,
      name: first.name,
      householdId: first.id,
      personId: first.person_id,
      description: 'Người dân, đại diện hộ gia đình: biểu quyết, góp ý, gửi đơn',
    },
    { username: 'ttnd.tanhung', role: 'board_member', unit: 'Xã Tân Hưng', unitId: ids.tanhung!, name: 'Đỗ Văn Sơn', description: 'Ban Thanh tra nhân dân xã: giám sát, kiến nghị' },
    { username: 'canbo.truong', role: 'official', unit: 'Trường Tiểu học Tân Hưng', unitId: ids.truong!, name: 'Vũ Thị Lan', description: 'Cơ quan: hội nghị cán bộ, công chức, viên chức' },
    { username: 'congdoan.hunglong', role: 'union', unit: 'Công ty TNHH May Hưng Long', unitId: ids.hunglong!, name: 'Hoàng Thị Mai', description: 'Công đoàn doanh nghiệp: hội nghị người lao động, đối thoại' },
  ];
}

async function seedAccounts(demo: DemoContext, ctx: Ctx, passwordHash: string): Promise<void> {
  const accounts = await demoAccounts(ctx, demo.units);
  await inTransaction(ctx, async (tx) => {
    for (const a of accounts) {
      await createSystemAccount(
        tx,
        { username: a.username, passwordHash, name: a.name, householdId: a.householdId ?? null, personId: a.personId, grants: [{ role: a.role, unitId: a.unitId }] },
        { username: a.username, role: a.role, demo: true },
      );
    }
  });
}

/** Units, households and accounts of the demo; `demo.ctx` acts as the demo administrator afterwards. */
async function seed(demo: DemoContext): Promise<void> {
  const rand = prng(20260701);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ctx = await seedAdmin(demo, passwordHash);
  await seedUnits(demo, ctx, rand);
  demo.log('demo units and households created');
  await seedAccounts(demo, ctx, passwordHash);
  demo.log('demo accounts created');
}

/** The demo accounts, printed on every start of the demo. */
async function announce(ctx: Ctx, log: (m: string) => void): Promise<void> {
  const grants = await accountGrants(ctx);
  log(`Tài khoản dùng thử — mật khẩu chung: ${DEMO_PASSWORD}`);
  for (const g of grants) console.log(`   ${g.username.padEnd(20)} ${g.role.padEnd(13)} ${g.unitName}`);
}

export const unitsDemo: DemoSeeding = {
  present: (ctx) => unitCodeExists(ctx, 'HY'),
  seed,
  announce,
};
