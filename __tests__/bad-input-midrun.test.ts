// Files that change under ladder-lint while it runs: found when the folder was searched, gone or
// locked by the time it reads them. The read is intercepted to make that moment happen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, jest, test } from '@jest/globals';

const realFs = await import('node:fs/promises');
const permissionDenied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });

jest.unstable_mockModule('node:fs/promises', () => ({
  ...realFs,
  default: realFs.default,
  // A page is read through the handle `open` gives, after its real path and its type are known.
  open: async (path: Parameters<typeof realFs.open>[0], ...rest: unknown[]) => {
    const name = String(path);
    // Deleted for real between the search and the read, so the error is the system's own.
    if (name.endsWith('L2-Vanishes.md')) rmSync(name);
    // The tests run as root, which may read anything: a permission error can only be simulated.
    if (name.endsWith('L3-Locked.md')) throw permissionDenied;
    return (realFs.open as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  },
}));

const { cliJson } = await import('./helpers/cli.ts');

test('a page that disappears or cannot be read mid-run is one finding; the others are checked', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-midrun-'));
  writeFileSync(join(root, 'L1-Fine.md'), '# L1: Fine\n');
  writeFileSync(join(root, 'L2-Vanishes.md'), '# L2: Vanishes\n');
  writeFileSync(join(root, 'L3-Locked.md'), '# L3: Locked\n');
  writeFileSync(join(root, 'L4-Fine.md'), '# L4: Fine\n\nThe the page.\n');
  const { results } = await cliJson(['.'], root);
  expect(
    results.map((result) => [
      result.filePath,
      result.messages.map((message) => `${message.ruleId}: ${message.message}`),
    ]),
  ).toEqual([
    ['L1-Fine.md', []],
    ['L2-Vanishes.md', ['file-unreadable: The file disappeared while ladder-lint was running.']],
    [
      'L3-Locked.md',
      ['file-unreadable: ladder-lint is not allowed to read this file; check its permissions.'],
    ],
    ['L4-Fine.md', ['ladder-doubled-word: "the" is written twice in a row. Remove one of them.']],
  ]);
});
