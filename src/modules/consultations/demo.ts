// Demo content of consultations for `npm start`: an open consultation on the draft convention (hương ước) of
// Thôn Đông with about thirty opinions, and a finished consultation on the commune's draft land-use plan with
// its groups and responses. Dates are relative to the seeding day.
import { addDays } from '../../core/calendar/index.ts';
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { formatDate } from '../../core/format.ts';
import type { DemoSeeding } from '../../core/module.ts';
import { currentRepresentatives } from '../units/index.ts';
import { synthesise } from './commands/close.ts';
import { openConsultation } from './commands/open.ts';
import { enterOpinions, seedOnlineOpinions } from './commands/opinions.ts';
import { finish, respond } from './commands/responses.ts';
import { CONVENTION_DRAFT, CONVENTION_OPINIONS, LAND_USE_DRAFT, LAND_USE_OPINIONS, demoResponse } from './demo-data.ts';
import { synthesisOf } from './queries.ts';

/** The context `ctx` moved `days` days from now. */
const at = (ctx: Ctx, days: number): Ctx => ({ ...ctx, now: new Date(ctx.now.getTime() + days * 86_400_000) });

/** Open: the draft convention of Thôn Đông (posted 5 days ago, 35 days ≥ 30, Decree 61/2023 Art. 9 cl. 1). */
async function seedConvention(ctx: Ctx, dong: number): Promise<void> {
  const today = todayVn(ctx.now);
  const conv = await openConsultation(at(ctx, -5), {
    unitId: dong,
    kind: 'convention',
    title: 'Dự thảo hương ước thôn Đông',
    draft: CONVENTION_DRAFT,
    opensOn: addDays(today, -5),
    closesOn: addDays(today, 30),
  });
  const id = Number(conv.id);
  // ten residents gave their opinion online (representatives of households 2–11; the first is dan.dong's)
  const reps = (await currentRepresentatives(ctx.db, dong)).slice(1, 11);
  await seedOnlineOpinions(
    at(ctx, -3),
    id,
    reps.map((r, i) => ({ personId: r.personId, villageId: dong, stance: CONVENTION_OPINIONS[i]![0], body: CONVENTION_OPINIONS[i]![1] })),
  );
  const rest = CONVENTION_OPINIONS.slice(reps.length);
  const half = Math.ceil(rest.length / 2);
  await enterOpinions(at(ctx, -2), id, {
    source: 'meeting',
    sourceNote: `Hội nghị thôn Đông ngày ${formatDate(addDays(today, -2))}`,
    opinions: rest.slice(0, half).map(([stance, body]) => ({ stance, body, villageId: dong })),
  });
  await enterOpinions(at(ctx, -1), id, {
    source: 'paper_form',
    sourceNote: 'Phiếu góp ý gửi qua hòm thư thôn',
    opinions: rest.slice(half).map(([stance, body]) => ({ stance, body, villageId: dong })),
  });
}

/** Finished: the commune's draft land-use plan (opened 80 days ago for 30 days), grouped and answered. */
async function seedLandUse(ctx: Ctx, commune: number, villages: number[]): Promise<void> {
  const today = todayVn(ctx.now);
  const land = await openConsultation(at(ctx, -80), {
    unitId: commune,
    kind: 'land_use_plan',
    title: 'Dự thảo kế hoạch sử dụng đất năm 2027 xã Tân Hưng',
    draft: LAND_USE_DRAFT,
    opensOn: addDays(today, -80),
    closesOn: addDays(today, -50),
  });
  const id = Number(land.id);
  await enterOpinions(at(ctx, -70), id, {
    source: 'meeting',
    sourceNote: 'Hội nghị đối thoại giữa UBND xã với Nhân dân',
    opinions: LAND_USE_OPINIONS.map(([stance, body], i) => ({ stance, body, villageId: villages[i % villages.length]! })),
  });
  await synthesise(at(ctx, -48), id);
  for (const g of (await synthesisOf(ctx, id)).groups) {
    await respond(at(ctx, -45), id, g.key, demoResponse(g.label));
  }
  await finish(at(ctx, -44), id);
}

export const consultationsDemo: DemoSeeding = {
  async seed({ ctx, units }) {
    await seedConvention(ctx, units['thon-dong']!);
    await seedLandUse(ctx, units.tanhung!, [units['thon-dong']!, units['thon-tay']!, units['thon-trung']!, units['thon-bac']!]);
  },
};
