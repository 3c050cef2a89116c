// The shape every module keeps (checked by `npm test`, step "shape"; `npx tsx scripts/check-shape.ts` alone):
//  - no production file over 400 lines, no function over 80 lines (React screens — components in web/src/**/*.tsx —
//    are exempt: a screen reads top to bottom);
//  - a module's SQL only in its store (store.ts or store/…): no `tablesOf`, no `sql` template, no query builder
//    call anywhere else in src/modules;
//  - a module's store views the database through its own tables only (`tablesOf<XTables>` with the tables its
//    tables.ts declares);
//  - every module folder declares itself in an index.ts.
// Prints every finding and the counts; exits 1 when there is any. Imports and cycles are checked by
// dependency-cruiser (.dependency-cruiser.cjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 80;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const isProduction = (rel: string) =>
  /\.(ts|tsx)$/.test(rel) && !/\.test\.tsx?$/.test(rel) && !rel.endsWith('.d.ts') && rel !== 'web/src/api-types.ts';

export interface Finding {
  kind: 'file' | 'function' | 'sql' | 'manifest';
  where: string;
  what: string;
}

const lineOf = (sf: ts.SourceFile, pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p)) return p.name.getText();
  if (p && ts.isPropertyAssignment(p)) return p.name.getText();
  if (p && ts.isCallExpression(p)) return `${p.expression.getText().slice(0, 40)}(…) callback`;
  return '(anonymous)';
}

/** A React component of a screen: a function in a .tsx file whose name starts with a capital letter. */
const isComponent = (rel: string, name: string) => rel.endsWith('.tsx') && /^[A-Z]/.test(name);

function longFunctions(rel: string, sf: ts.SourceFile): Finding[] {
  const out: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
      const name = functionName(node);
      if (isComponent(rel, name)) return; // the screen and everything inside it
      const lines = lineOf(sf, node.getEnd()) - lineOf(sf, node.getStart(sf)) + 1;
      if (lines > MAX_FUNCTION_LINES) out.push({ kind: 'function', where: `${rel}:${lineOf(sf, node.getStart(sf))}`, what: `${name}: ${lines} lines` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const QUERY_CALL = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(/;

function sqlOutsideStore(rel: string, text: string): Finding[] {
  if (!rel.startsWith('src/modules/') || /\/store(\.ts|\/)/.test(rel)) return [];
  const out: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/\btablesOf\s*[<(]/.test(code) || /\bsql\s*`/.test(code) || /\bsql<[^>]*>`/.test(code) || QUERY_CALL.test(code) || /import\s*\{[^}]*\bsql\b[^}]*\}\s*from\s*'kysely'/.test(code)) {
      out.push({ kind: 'sql', where: `${rel}:${i + 1}`, what: code.trim().slice(0, 100) });
    }
  });
  return out;
}

/** `tablesOf<T>` in a module's files must name a tables type of that module's tables.ts. */
function foreignTables(rel: string, text: string): Finding[] {
  const m = /^src\/modules\/([^/]+)\//.exec(rel);
  if (!m) return [];
  const tablesFile = path.join(ROOT, 'src', 'modules', m[1]!, 'tables.ts');
  const own = fs.existsSync(tablesFile) ? [...fs.readFileSync(tablesFile, 'utf8').matchAll(/export interface (\w+Tables)\b/g)].map((x) => x[1]!) : [];
  const out: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const t of line.matchAll(/\btablesOf<(\w+)>/g)) {
      if (!own.includes(t[1]!)) out.push({ kind: 'sql', where: `${rel}:${i + 1}`, what: `views ${t[1]}, not this module's own tables` });
    }
  });
  return out;
}

function missingManifests(): Finding[] {
  const dir = path.join(ROOT, 'src', 'modules');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !fs.existsSync(path.join(dir, e.name, 'index.ts')))
    .map((e) => ({ kind: 'manifest' as const, where: `src/modules/${e.name}`, what: 'no index.ts (the module manifest)' }));
}

export function checkShape(): Finding[] {
  const files = [...walk(path.join(ROOT, 'src')), ...walk(path.join(ROOT, 'web', 'src'))]
    .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
    .filter(isProduction)
    .sort();
  const findings: Finding[] = [...missingManifests()];
  for (const rel of files) {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES) findings.push({ kind: 'file', where: rel, what: `${lines} lines` });
    const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, rel.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    findings.push(...longFunctions(rel, sf), ...sqlOutsideStore(rel, text), ...foreignTables(rel, text));
  }
  return findings;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  const findings = checkShape().filter((f) => !only || f.where.includes(only));
  for (const f of findings) console.log(`${f.kind.padEnd(8)} ${f.where}  ${f.what}`);
  const count = (k: Finding['kind']) => findings.filter((f) => f.kind === k).length;
  console.log(
    `\n${findings.length ? '✗' : '✓'} shape: ${count('file')} files over ${MAX_FILE_LINES} lines, ${count('function')} functions over ${MAX_FUNCTION_LINES} lines, ` +
      `${count('sql')} SQL lines outside a store, ${count('manifest')} modules without a manifest`,
  );
  process.exitCode = findings.length ? 1 : 0;
}
