// Bundles the CLI and the library into dist/ with esbuild. Dependencies stay external: npm installs
// them, and cspell-lib must find its dictionaries in node_modules at run time.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
};

await build({
  ...shared,
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
});
await build({ ...shared, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
