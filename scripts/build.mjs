// Bundles dist/ with esbuild:
// - dist/cli.js, dist/lib.js, dist/remark-preset.js and dist/rules/ (the npm package, sharing
//   dist/chunks/): dependencies stay external, npm installs them;
// - dist/index.js (the GitHub Action): everything in one file, because an Action runs from its
//   repository without `npm install`. cspell-lib reads its dictionaries from files at run time, so
//   those are copied beside the bundle to dist/node_modules, where its module resolution finds them.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  legalComments: 'none',
  logLevel: 'warning',
};

// Spelling runs in a worker thread (src/text/spelling-service.ts), started from a file in dist/
// named relative to the bundle (or chunk) that starts it: the package's worker leaves dependencies
// to npm, the Action's has them all.
const actionWorker = { define: { LADDER_LINT_SPELLING_WORKER: '"./action-spelling-worker.js"' } };
// Some bundled CommonJS modules call require(); an ES module has none of its own.
const requireBanner = {
  js: "import { createRequire as __ladderLintRequire } from 'node:module'; const require = __ladderLintRequire(import.meta.url);",
};

// The npm package is one build, split so that the CLI, the library, the remark preset and each
// rule share their code in dist/chunks/ (files named by content) instead of carrying a copy each.
// dist/cli.js starts the spelling worker before it loads the rest (src/bin.ts). Each rule on its
// own (`ladder-lint/rules/<id>`) is compiled, because Node does not strip types under node_modules.
rmSync('dist/chunks', { recursive: true, force: true });
rmSync('dist/rules', { recursive: true, force: true });
await build({
  ...shared,
  // The spelling code is shared, so it lands in a chunk in dist/chunks/: the worker is one up.
  define: { LADDER_LINT_SPELLING_WORKER: '"../spelling-worker.js"' },
  packages: 'external',
  entryPoints: [
    { in: 'src/bin.ts', out: 'cli' },
    { in: 'src/index.ts', out: 'lib' },
    { in: 'src/remark-preset.ts', out: 'remark-preset' },
    ...readdirSync('rules')
      .filter((name) => name.endsWith('.ts'))
      .map((name) => ({ in: `rules/${name}`, out: `rules/${name.replace(/\.ts$/, '')}` })),
  ],
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[hash]',
  // Only dist/cli.js runs as a program; a hashbang elsewhere is allowed and ignored.
  banner: { js: '#!/usr/bin/env node' },
});
await build({
  ...shared,
  packages: 'external',
  entryPoints: ['src/text/spelling-worker.ts'],
  outfile: 'dist/spelling-worker.js',
});
await build({
  ...shared,
  ...actionWorker,
  entryPoints: ['src/action/index.ts'],
  outfile: 'dist/index.js',
  banner: requireBanner,
});
await build({
  ...shared,
  entryPoints: ['src/text/spelling-worker.ts'],
  outfile: 'dist/action-spelling-worker.js',
  banner: requireBanner,
});

const dictionaries = 'node_modules/@cspell/cspell-bundled-dicts';
const packages = [
  '@cspell/cspell-bundled-dicts',
  ...Object.keys(JSON.parse(readFileSync(`${dictionaries}/package.json`, 'utf8')).dependencies),
];
rmSync('dist/node_modules', { recursive: true, force: true });
for (const name of packages) {
  if (!existsSync(`node_modules/${name}`)) throw new Error(`${name} is not installed: run npm ci first.`);
  cpSync(`node_modules/${name}`, `dist/node_modules/${name}`, {
    recursive: true,
    filter: (source) => !/\/(README\.md|CHANGELOG\.md|src)$/.test(source),
  });
}
