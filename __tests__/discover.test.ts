import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { mergeConfig } from '../src/config/load-config.ts';
import { discoverFiles } from '../src/engine/discover.ts';

test('a folder named explicitly is checked even when an ignore file above it lists it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-discover-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'drafts'));
  writeFileSync(join(root, '.gitignore'), 'drafts/\n');
  writeFileSync(join(root, 'L1-Engineer.md'), '# L1: Engineer\n');
  writeFileSync(join(root, 'drafts', 'L2-Engineer.md'), '# L2: Engineer\n');
  const config = mergeConfig(undefined, '', []);
  const names = async (patterns: string[]) =>
    (await discoverFiles(patterns, root, config)).files.map((file) => file.path.slice(root.length + 1));
  expect(await names(['.'])).toEqual(['L1-Engineer.md']);
  expect(await names(['drafts'])).toEqual(['drafts/L2-Engineer.md']);
});
