// Import boundaries of Cơ Sở (checked by `npm test`, step "boundaries"; `npx depcruise src web/src` to run it alone).
// core is the bottom layer; modules stand on core and talk to each other only through a module's index.ts;
// server, cli, platform and demo sit on top; no runtime import cycle anywhere. Type-only imports are not followed
// (they vanish at run time), so a module may name another's types through its index.ts without a cycle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment: 'core (src/core) is the bottom layer: it imports no module and nothing above it.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'module-through-index',
      comment: "A module uses another module only through that module's index.ts (never its store, tables, commands…).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.tsx?$'] },
    },
    {
      name: 'module-not-above',
      comment: 'Modules do not import the composition above them (the module list, platform, server, cli, demo).',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: ['^src/modules/index\\.ts$', '^src/(platform|server|cli)\\.ts$', '^src/demo/'] },
    },
    {
      name: 'web-module-through-index',
      comment: "A web module uses another web module only through that module's index.",
      severity: 'error',
      from: { path: '^web/src/(?!shell/)([^/]+)/' },
      to: { path: '^web/src/(?!shell/)([^/]+)/', pathNot: ['^web/src/$1/', '^web/src/[^/]+/index\\.tsx?$'] },
    },
    {
      name: 'rules-are-pure',
      comment: 'rules.ts (and rules/…) is pure: no HTTP, no database, no clock-reading context, no use case or store.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/rules(/|\\.ts$)' },
      to: {
        path: [
          'node_modules/(fastify|@fastify|kysely|pg|@electric-sql)/',
          '^src/core/(http|db|errors|audit|outbox|counters|context|attachments|auth|directory|module)\\.ts$',
          '^src/modules/[^/]+/(store|commands|queries|routes|schema)(/|\\.ts$)',
        ],
      },
    },
    {
      name: 'thin-routes',
      comment: 'Route handlers call use cases (commands, queries), never the store.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/routes(/|\\.ts$)' },
      to: { path: '^src/modules/[^/]+/store(/|\\.ts$)' },
    },
    {
      name: 'no-circular',
      comment: 'No runtime import cycle.',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.tsx?$', '^web/dist', '^web/src/api-types\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
