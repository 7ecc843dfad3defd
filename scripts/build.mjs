// Bundles dist/ with esbuild:
// - dist/cli.js, dist/lib.js, dist/remark-preset.js and dist/rules/ (the npm package, sharing
//   dist/chunks/): dependencies stay external, npm installs them;
// - dist/index.js (the GitHub Action): everything in one file, because an Action runs from its
//   repository without `npm install`. cspell-lib reads its dictionaries from files at run time, so
//   those prose uses are copied beside the bundle to dist/node_modules, where its module resolution
//   finds them (see the end of this file).
import { cpSync, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { combineTextAndLanguageSettings, getDefaultSettings, mergeSettings } from 'cspell-lib';
import { build } from 'esbuild';
import { cspellLanguage, spellingLanguages } from '../src/text/spelling-languages.ts';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  legalComments: 'none',
  logLevel: 'warning',
};

// Spelling runs in a worker thread (src/engine/speed/spelling-thread.ts), started from a file in dist/
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

// cspell-lib reads its default settings from @cspell/cspell-bundled-dicts/cspell-default.json, whose
// cspell-default.config.js imports the settings of about 60 dictionary packages (C++, Go, LaTeX…).
// Prose uses a few: those cspell enables for plain text in the languages ladder-lint checks (English,
// American and British, its common misspellings, and the company and software names its default
// settings turn on for every file). Found here by asking cspell-lib itself, so that a new cspell
// that enables another dictionary brings it along. Only those packages are copied, and the default
// settings are rewritten to import only them: cspell-lib reports no error for an import it cannot
// find, it looks for it in every place it knows (Node's resolution upward from dist/, the global npm
// folder…), then drops it and checks on without those words.
const bundledDicts = '@cspell/cspell-bundled-dicts';
const defaults = await getDefaultSettings();
const used = new Set();
for (const language of spellingLanguages) {
  const settings = combineTextAndLanguageSettings(
    mergeSettings(defaults, { language: cspellLanguage(language) }),
    '',
    ['plaintext'],
  );
  for (const definition of settings.dictionaryDefinitions ?? []) {
    if (!settings.dictionaries?.includes(definition.name)) continue;
    // The settings file that defined the dictionary (a list of words may be defined inline), else its file.
    const source = definition.__source ?? definition.path;
    const file = source?.startsWith('file:') ? fileURLToPath(source) : `${source}`;
    const name = file.match(/\/node_modules\/(@cspell\/dict-[^/]+)\/[^]*$/)?.[1];
    if (!name)
      throw new Error(
        `cspell's dictionary "${definition.name}" comes from ${source}, not a dictionary package.`,
      );
    used.add(name);
  }
}
const { default: defaultConfig } = await import(`${bundledDicts}/cspell-default.config.js`);
const keptImports = defaultConfig.import.filter((ref) => used.has(ref.split('/').slice(0, 2).join('/')));
if (keptImports.length !== used.size)
  throw new Error(`cspell's default settings do not import every dictionary package it uses: ${[...used]}.`);

rmSync('dist/node_modules', { recursive: true, force: true });
for (const name of [bundledDicts, ...used].sort()) {
  if (!existsSync(`node_modules/${name}`)) throw new Error(`${name} is not installed: run npm ci first.`);
  cpSync(`node_modules/${name}`, `dist/node_modules/${name}`, {
    recursive: true,
    // The package's dist/ holds the same settings bundled with all imports, which cspell-lib does not read.
    filter: (source) =>
      !/\/(README\.md|CHANGELOG\.md|src)$/.test(source) && source !== `node_modules/${bundledDicts}/dist`,
  });
}
const copied = `dist/node_modules/${bundledDicts}`;
renameSync(`${copied}/cspell-default.config.js`, `${copied}/cspell-default.all.config.js`);
writeFileSync(
  `${copied}/cspell-default.config.js`,
  `// Written by ladder-lint's scripts/build.mjs: cspell's default settings, importing only the
// dictionaries ladder-lint's spelling uses, the only ones copied beside it.
import settings from './cspell-default.all.config.js';

export default { ...settings, import: ${JSON.stringify(keptImports, null, 2)} };
`,
);
