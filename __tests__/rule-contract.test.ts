import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { mergeConfig, validateConfig } from '../src/config/load-config.ts';
import { allRules, ruleMetas } from '../src/rule-api/registry.ts';
import { readDocExamples } from './helpers/rule-docs.ts';
import { cli, repoRoot } from './helpers/cli.ts';

// What a contributor writes: a file in rules/ and its docs page. Everything else is derived.
const ruleFiles = readdirSync(join(repoRoot, 'rules'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();

test('the registry holds exactly the rules in rules/, each defined under its file name', () => {
  expect(allRules.map((rule) => rule.meta.id)).toEqual(ruleFiles);
});

test('each rule has its docs page, and the default configuration gives it its own default severity', () => {
  const defaults = mergeConfig(undefined, '', []).rules;
  expect(Object.keys(defaults).sort()).toEqual(ruleFiles);
  for (const { meta } of allRules) {
    expect(readdirSync(join(repoRoot, 'docs/rules'))).toContain(`${meta.id}.md`);
    expect(meta.url).toBe(`https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/${meta.id}.md`);
    expect(defaults[meta.id]).toBe(meta.defaultSeverity);
  }
});

test('schema.json and the README rule table list every rule, with its options', () => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schema.json'), 'utf8'));
  expect(Object.keys(schema.$defs.rules.properties).sort()).toEqual(ruleFiles);
  for (const { meta } of allRules) {
    const tuple = schema.$defs.rules.properties[meta.id].oneOf[1];
    expect(Object.keys(tuple.prefixItems[1].properties).sort()).toEqual(
      Object.keys((meta.options as { properties?: object } | undefined)?.properties ?? {}).sort(),
    );
  }
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const table = /<!-- rules:start[^>]*-->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1] ?? '';
  expect([...table.matchAll(/^\| \[`([a-z-]+)`\]/gm)].map((row) => row[1])).toEqual(ruleFiles);
});

test('the derived files are up to date with the rule files (npm run derive)', () => {
  const result = spawnSync(process.execPath, ['scripts/write-derived.ts', '--check'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test("the rule metas kept as data (rule-metas.ts) are exactly the rules' own", async () => {
  const { ruleMetaList } = await import('../src/rule-api/rule-metas.ts');
  expect(JSON.parse(JSON.stringify(ruleMetaList))).toStrictEqual(JSON.parse(JSON.stringify(ruleMetas)));
  expect(ruleMetaList.map((meta) => meta.id)).toEqual(ruleMetas.map((meta) => meta.id));
});

test("each docs page lists exactly the options of the rule's schema", () => {
  for (const { meta } of allRules) {
    const page = readFileSync(join(repoRoot, 'docs/rules', `${meta.id}.md`), 'utf8');
    const section = /^## Options\n([\s\S]*?)^## /m.exec(page)?.[1] ?? '';
    const documented = [...section.matchAll(/^- `([A-Za-z]+)`/gm)].map((match) => match[1]).sort();
    const declared = Object.keys((meta.options as { properties?: object } | undefined)?.properties ?? {});
    expect({ rule: meta.id, options: documented }).toEqual({ rule: meta.id, options: declared.sort() });
  }
});

test("every docs example's configuration is valid against the rules' schemas", () => {
  for (const { meta } of allRules) {
    for (const example of readDocExamples(join(repoRoot, 'docs/rules', `${meta.id}.md`))) {
      if (example.config)
        expect(() => validateConfig(example.config, `${meta.id}.md`, ruleMetas)).not.toThrow();
    }
  }
});

test.each([
  [
    { rules: { 'ladder-doubled-word': ['warn', { alow: ['the'] }] } },
    'c.json: "rules.ladder-doubled-word[1].alow" is not a known setting. Allowed here: allow.',
  ],
  [
    { rules: { 'ladder-doubled-word': ['warn', { allow: 'the' }] } },
    'c.json: "rules.ladder-doubled-word[1].allow" must be a list in square brackets, such as ["a", "b"].',
  ],
  [
    { rules: { 'ladder-emoji-style': ['warn', { prefer: 'emoji' }] } },
    'c.json: "rules.ladder-emoji-style[1].prefer" must be one of "unicode", "shortcode".',
  ],
  [
    { rules: { 'ladder-title': ['error', { strict: true }] } },
    'c.json: "rules.ladder-title[1].strict" is not a known setting: nothing may be set here (a rule without options takes none).',
  ],
  [
    { overrides: [{ files: ['a/**'], rules: { 'ladder-doubled-word': ['warn', { allow: [1] }] } }] },
    'c.json: "overrides[0].rules.ladder-doubled-word[1].allow[0]" must be a text in double quotes.',
  ],
  [
    { rules: { 'ladder-title': 'wran' } },
    'c.json: "rules.ladder-title" must be "off", "warn" or "error", or a list such as ["warn", { ...options }].',
  ],
])('a wrong rule option is a configuration error naming the key: %j', (config, message) => {
  expect(() => validateConfig(config, 'c.json', ruleMetas)).toThrow(message);
});

test('the CLI exits 2 on a wrong rule option, before checking any page', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const folder = mkdtempSync(join(tmpdir(), 'ladder-lint-options-'));
  writeFileSync(
    join(folder, '.ladderlintrc.json'),
    JSON.stringify({ rules: { 'ladder-doubled-word': ['warn', { allow: 'the' }] } }),
  );
  writeFileSync(join(folder, 'L1-Engineer.md'), '# L1: Engineer\n\nThe the page.\n');
  const { code, stdout, stderr } = await cli(['.'], folder);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toContain('"rules.ladder-doubled-word[1].allow" must be a list in square brackets');
  expect(stderr).not.toContain('internal error');
});
