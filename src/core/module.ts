// A module (one democratic mechanism) declares itself once, in `src/modules/<m>/index.ts`, with `defineModule`:
// its routes, its tables (as a type), its permission actions, its indicators, its demo data, its periodic jobs and
// its command-line commands. `src/modules/index.ts` lists the manifests; the server, the command line, the demo
// seed, the permission matrix and the reports read that list and never name a module.
import type { FastifyInstance } from 'fastify';
import type { Ctx } from './context.ts';
import type { Directory } from './directory.ts';
import { installDirectory } from './directory.ts';
import type { IndicatorDefinition, ReportPart } from './indicators.ts';
import type { Services } from './http.ts';
import { installActions, type ActionMatrix } from './permissions.ts';

/** What a module's demo seeding receives (`npm start` on an empty database; run in the order of the list). */
export interface DemoContext {
  /** Acting as the demo administrator once the module that creates accounts has run (the first of the list). */
  ctx: Ctx;
  /** Demo units by key ('province', 'tanhung', 'thon-dong', …), filled by the module that creates them. */
  units: Record<string, number>;
  services: Services;
  log(message: string): void;
  /** A context acting as a demo account (null when there is no such account). */
  actAs(username: string): Promise<Ctx | null>;
}

export interface DemoSeeding {
  /** True when this module's demo data is already there: the whole demo is then left as it is. */
  present?(ctx: Ctx): Promise<boolean>;
  seed(demo: DemoContext): Promise<void>;
  /** Told on every start of the demo, after the server listens (e.g. the demo accounts). */
  announce?(ctx: Ctx, log: (message: string) => void): Promise<void>;
}

/** A job run every `everyMs` in `coso start` (the first run after `everyMs`). */
export interface PeriodicJob {
  name: string;
  everyMs: number;
  run(services: Services, log: (message: string) => void): Promise<void>;
}

/** A `coso <name> …` command; returns the process exit code. `open` opens the platform (the caller closes it). */
export interface CliCommand {
  name: string;
  /** One line for the usage text, e.g. 'import <file> [--dry-run]'. */
  usage: string;
  run(args: string[], open: () => Promise<Services>): Promise<number>;
}

/** The unit and period a report is written for. */
export interface ReportScope {
  unit: { id: number; path: string; kind: string; name: string };
  from: string;
  to: string;
}

/**
 * Paragraphs a module writes into the six-month / annual report from its records (not from counters): e.g. the
 * committee's programme and the guidance it issued (part 'leadership'), the tasks set at its reviews ('nextTasks').
 * Read with the reader's rights; cost bounded by the records of the unit itself, not of its subtree.
 */
export interface ReportNote {
  part: ReportPart;
  paragraphs: string[];
}

export interface ModuleManifest<Tables extends object = object> {
  /** The folder name, e.g. 'cases'. */
  name: string;
  /** A Fastify plugin registered under /api/v1. */
  routes?: (app: FastifyInstance) => Promise<void>;
  /** Type only: the module's tables, composed into `DB` in src/modules/index.ts (`tables: tableTypes<XTables>()`). */
  tables?: Tables;
  /** The module's actions and the roles that may perform them (one matrix: core/permissions.ts). */
  permissions?: ActionMatrix;
  /** The module's indicators, in the order the reports show them. */
  indicators?: readonly IndicatorDefinition[];
  /** Paragraphs of the report written from the module's records (in list order, after its indicators' sentences). */
  reportNotes?: (ctx: Ctx, scope: ReportScope) => Promise<ReportNote[]>;
  /** Who signs the report the steering committee of the unit issues (its head), when the module knows. */
  steeringSigner?: (ctx: Ctx, unitId: number) => Promise<string | null>;
  demo?: DemoSeeding;
  /** Run by `coso start` once the database is migrated, before the demo (e.g. creating the administrator). */
  start?: (services: Services, log: (message: string) => void) => Promise<void>;
  jobs?: readonly PeriodicJob[];
  commands?: readonly CliCommand[];
  /** The one module that knows people, units and accounts provides what core needs of them. */
  directory?: Directory;
}

export function defineModule<Tables extends object = object>(m: ModuleManifest<Tables>): ModuleManifest<Tables> {
  return m;
}

/** The `tables` field of a manifest: a type, nothing at run time. */
export function tableTypes<Tables extends object>(): Tables {
  return undefined as unknown as Tables;
}

/** `{a: A} | {b: B}` → `{a: A} & {b: B}`. */
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The tables of a list of manifests, as one type. */
export type TablesOf<M extends readonly ModuleManifest<object>[]> = UnionToIntersection<
  M[number] extends infer X ? (X extends ModuleManifest<infer T> ? T : never) : never
>;

let installed: readonly ModuleManifest[] = [];

/**
 * Makes the modules the platform's: their actions join the permission matrix, the directory is installed, and
 * `installedIndicators()` lists their indicators (the reports read them there). Called once per process by the
 * composition (src/platform.ts); installing the same list again is harmless.
 */
export function installModules(modules: readonly ModuleManifest[]): void {
  const names = new Set<string>();
  const directories = modules.filter((m) => m.directory);
  if (directories.length !== 1) throw new Error(`exactly one module must provide the directory (found ${directories.length})`);
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module "${m.name}" listed twice`);
    names.add(m.name);
    if (m.permissions) installActions(m.name, m.permissions);
  }
  installDirectory(directories[0]!.directory!);
  installed = modules;
}

/** Every module's report notes for a scope, in the order of the list. */
export async function reportNotes(ctx: Ctx, scope: ReportScope): Promise<ReportNote[]> {
  const out: ReportNote[] = [];
  for (const m of installed) if (m.reportNotes) out.push(...(await m.reportNotes(ctx, scope)));
  return out;
}

/** The name signing the steering committee's report of a unit: the first module that knows it, else null. */
export async function steeringSigner(ctx: Ctx, unitId: number): Promise<string | null> {
  for (const m of installed) {
    const name = m.steeringSigner ? await m.steeringSigner(ctx, unitId) : null;
    if (name) return name;
  }
  return null;
}

/** Every indicator of the installed modules, in the order of the list. */
export function installedIndicators(): readonly IndicatorDefinition[] {
  return installed.flatMap((m) => m.indicators ?? []);
}
