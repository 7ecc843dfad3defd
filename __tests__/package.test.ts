// The package as another organisation gets it: `npm pack`, installed into an empty project, then
// run as `npx ladder-lint` and through remark-cli with the README's `.remarkrc.mjs`.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { repoRoot } from './helpers/cli.ts';

jest.setTimeout(600_000);

const seeds = `${repoRoot}/../shared/seeds`;
const describeWithSeeds = existsSync(seeds) ? describe : describe.skip;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const remarkVersion = (
  JSON.parse(readFileSync(join(repoRoot, 'node_modules/remark-cli/package.json'), 'utf8')) as {
    version: string;
  }
).version;

describeWithSeeds('the npm package, installed from its tarball', () => {
  const project = mkdtempSync(join(tmpdir(), 'ladder-lint-package-'));
  let tarball = '';

  beforeAll(() => {
    // dist/ is committed and current (CI checks it), so the tarball is what npm would publish.
    const packed = JSON.parse(
      execFileSync(npm, ['pack', repoRoot, '--json', '--pack-destination', project], { encoding: 'utf8' }),
    ) as Array<{ filename: string; unpackedSize: number; files: Array<{ path: string }> }>;
    tarball = join(project, packed[0]?.filename ?? '');
    writeFileSync(join(project, 'package.json'), '{"name":"a-ladder","private":true,"type":"module"}\n');
    execFileSync(
      npm,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, `remark-cli@${remarkVersion}`],
      { cwd: project, stdio: 'ignore' },
    );
    const track = join(project, 'ladder/Security');
    mkdirSync(track, { recursive: true });
    copyFileSync(
      join(seeds, '000_e027cb7c7baa45bb.txt'),
      join(track, 'L4-Security-Engineer-Technical-Lead.md'),
    );
    copyFileSync(join(seeds, '001_1f1650ef3f778b83.txt'), join(track, 'L2-Security-Engineer.md'));
  });

  test('holds the CLI, the library and the compiled rules, not the Action, in under 1 MB', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/dist/remark-preset.js');
    expect(files).toContain('package/dist/rules/ladder-spelling.js');
    expect(files.filter((file) => /^package\/dist\/(index|action-spelling-worker)\.js$/.test(file))).toEqual(
      [],
    );
    expect(files.filter((file) => file.startsWith('package/dist/node_modules/'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('package/rules/'))).toEqual([]);
    const unpacked = Number(
      execFileSync('sh', ['-c', `tar -xzOf "${tarball}" | wc -c`], { encoding: 'utf8' }),
    );
    expect(unpacked).toBeLessThan(1_000_000);
    expect(statSync(tarball).size).toBeLessThan(400_000);
  });

  test('npx ladder-lint reports the seed pages’ twelve defects', () => {
    const run = spawnSync('npx', ['ladder-lint', 'ladder', '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(results.flatMap((result) => result.messages.map((message) => message.ruleId)).sort()).toEqual([
      'ladder-doubled-word',
      'ladder-lost-list-marker',
      'ladder-mixed-spelling',
      'ladder-mojibake',
      'ladder-mojibake',
      'ladder-mojibake',
      'ladder-mojibake',
      'ladder-mojibake',
      'ladder-mojibake',
      'ladder-mojibake',
      'ladder-mojibake',
      'ladder-spelling',
    ]);
  });

  test('remark-cli with the README’s .remarkrc.mjs reports the page rules’ findings', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const remarkrc = /```js\n\/\/ \.remarkrc\.mjs\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(remarkrc).toBeDefined();
    writeFileSync(join(project, '.remarkrc.mjs'), remarkrc ?? '');
    const run = spawnSync('npx', ['remark', 'ladder', '--quiet', '--frail', '--no-color'], {
      cwd: project,
      encoding: 'utf8',
    });
    const findings = run.stderr
      .split('\n')
      .filter((line) => line.trimEnd().endsWith(' ladder-lint'))
      .map((line) => {
        const words = line.trim().split(/ +/);
        return `${words[0]?.split('-')[0]} ${words.at(-2)}`;
      });
    expect(findings).toEqual([
      '10:4 ladder-mojibake',
      '26:4 ladder-mojibake',
      '40:4 ladder-mojibake',
      '55:4 ladder-mojibake',
      '10:4 ladder-mojibake',
      '18:20 ladder-spelling',
      '29:4 ladder-mojibake',
      '32:91 ladder-doubled-word',
      '49:4 ladder-mojibake',
      '71:1 ladder-lost-list-marker',
      '75:4 ladder-mojibake',
    ]);
    expect(run.status).toBe(1);
  });

  test('a rule on its own, by its subpath, with options checked by remark', () => {
    writeFileSync(
      join(project, '.remarkrc.mjs'),
      "export default { plugins: [['ladder-lint/rules/ladder-doubled-word', ['error', { allow: [] }]]] };\n",
    );
    const run = spawnSync('npx', ['remark', 'ladder', '--quiet', '--no-color'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(run.stderr).toContain(
      '32:91-32:110 error "technical" is written twice in a row. Remove one of them.',
    );
    expect(run.stderr).toContain('1 error');
  });
});
