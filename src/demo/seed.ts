// The demo of `npm start`: each module seeds its part, in the order of the module list (the first creates the units
// and accounts the others use). Seeded once: nothing is done when a module says its demo data is already there.
import { systemOrigin, type Ctx } from '../core/context.ts';
import { directory } from '../core/directory.ts';
import type { Services } from '../core/http.ts';
import type { DemoContext, ModuleManifest } from '../core/module.ts';

export interface DemoResult {
  /** Demo units by key ('province', 'tanhung', 'thon-dong', …). */
  units: Record<string, number>;
}

/** Seeds the demo once; null when it was already there. */
export async function seedDemo(services: Services, log: (m: string) => void = () => {}): Promise<DemoResult | null> {
  const modules: readonly ModuleManifest[] = services.modules;
  const base: Ctx = { db: services.database.db, actor: null, origin: systemOrigin('demo-seed'), now: services.clock() };
  for (const m of modules) if (await m.demo?.present?.(base)) return null;
  const demo: DemoContext = {
    ctx: base,
    units: {},
    services,
    log,
    async actAs(username) {
      const login = await directory().findLogin(base.db, username);
      const actor = login ? await directory().loadActor(base.db, login.userId) : null;
      return actor ? { ...demo.ctx, actor } : null;
    },
  };
  for (const m of modules) {
    if (!m.demo) continue;
    await m.demo.seed(demo);
    log(`demo ${m.name} created`);
  }
  return { units: demo.units };
}

/** Tells what the demo offers (the accounts…), on every start with the demo on. */
export async function announceDemo(services: Services, log: (m: string) => void): Promise<void> {
  const ctx: Ctx = { db: services.database.db, actor: null, origin: systemOrigin('demo'), now: services.clock() };
  for (const m of services.modules) await m.demo?.announce?.(ctx, log);
}
