/**
 * The lint cache (--cache) never changes what is reported: every run here is made twice, with and
 * without the cache, and the two outputs must be the same bytes, in stylish and in json, through
 * a first run, an unchanged run, an edit to one page, a configuration change and a deleted page.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { cli, fixtures } from './helpers/cli.ts';

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

function copyOf(source: string): { ladder: string; cacheFile: string } {
  const folder = mkdtempSync(join(tmpdir(), 'ladder-lint-cache-'));
  made.push(folder);
  cpSync(source, join(folder, 'ladder'), { recursive: true });
  return { ladder: join(folder, 'ladder'), cacheFile: join(folder, 'cache-file') };
}

/** Each format, without and then with the cache: the outputs and exit codes side by side. */
async function compare(ladder: string, cacheFile: string) {
  for (const format of ['stylish', 'json']) {
    const uncached = await cli(['.', '--format', format], ladder);
    const cached = await cli(['.', '--format', format, '--cache', '--cache-location', cacheFile], ladder);
    expect(cached.stdout).toBe(uncached.stdout);
    expect(cached.code).toBe(uncached.code);
    expect(cached.stderr).toBe('');
  }
  expect(existsSync(cacheFile)).toBe(true);
}

/** A first run, an unchanged run, one page edited, the configuration changed, one page deleted. */
async function throughChanges(source: string, page: string, rulesOff: Record<string, string>) {
  const { ladder, cacheFile } = copyOf(source);
  await compare(ladder, cacheFile);
  await compare(ladder, cacheFile);
  const edited = join(ladder, page);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThis sentense has a mispelled word.\n`);
  await compare(ladder, cacheFile);
  writeFileSync(join(ladder, '.ladderlintrc.json'), JSON.stringify({ rules: rulesOff }));
  await compare(ladder, cacheFile);
  rmSync(edited);
  await compare(ladder, cacheFile);
}

describe('the same findings with and without the cache', () => {
  test('on a copy of the fixture ladder', async () => {
    await throughChanges(join(fixtures, 'ladder'), 'Security-Engineering/L2-Security-Engineer.md', {
      'ladder-progression': 'off',
    });
  }, 120000);

  const reference = '/work/shared/corpora/octopus-people';
  (existsSync(reference) ? test : test.skip)(
    'on a copy of the reference ladder',
    async () => {
      await throughChanges(reference, 'Engineering/Software-Engineering/L3-Senior-Software-Engineer.md', {
        'ladder-spelling': 'off',
      });
    },
    600000,
  );
});

describe('a cache file that cannot be used', () => {
  test.each([
    ['written by another tool', '{"version":"7.0.0","files":{}}'],
    ['damaged', '\u00ff\u000fo"ladder-lint-cache'],
  ])(
    '%s is ignored with one warning, and replaced',
    async (_kind, content) => {
      const { ladder, cacheFile } = copyOf(join(fixtures, 'ladder'));
      writeFileSync(cacheFile, content);
      const uncached = await cli(['.', '--format', 'json'], ladder);
      const cached = await cli(['.', '--format', 'json', '--cache', '--cache-location', cacheFile], ladder);
      expect(cached.stdout).toBe(uncached.stdout);
      expect(cached.stderr).toBe(
        `ladder-lint: the cache file ${cacheFile} is not one ladder-lint wrote, or is damaged; it is ignored and will be replaced. Delete it, or give --cache-location another file, if it is not the cache.\n`,
      );
      const again = await cli(['.', '--format', 'json', '--cache', '--cache-location', cacheFile], ladder);
      expect(again.stdout).toBe(uncached.stdout);
      expect(again.stderr).toBe('');
    },
    60000,
  );
});

test('"cache": true in the configuration turns the cache on, as --cache does', async () => {
  const { ladder } = copyOf(join(fixtures, 'ladder'));
  const without = await cli(['.', '--format', 'json'], ladder);
  expect(existsSync(join(ladder, '.ladder-lint-cache'))).toBe(false);
  writeFileSync(join(ladder, '.ladderlintrc.json'), JSON.stringify({ cache: true }));
  const cached = await cli(['.', '--format', 'json'], ladder);
  expect(existsSync(join(ladder, '.ladder-lint-cache'))).toBe(true);
  expect(cached.stdout).toBe(without.stdout);
}, 60000);
