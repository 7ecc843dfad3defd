import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ConfigError, findConfigFile, loadConfig, validateConfig } from '../src/config/load-config.ts';
import { ruleNames } from '../src/rules.ts';
import { cli, cliJson, fixtures } from './helpers/cli.ts';

const configs = join(fixtures, 'configs');

describe('finding the configuration file', () => {
  test.each([
    ['json/team/Platform', 'json/.ladderlintrc.json'],
    ['yaml/Platform', 'yaml/.ladderlintrc.yaml'],
    ['js/Platform', 'js/ladder-lint.config.mjs'],
    ['package-json/Platform', 'package-json/package.json'],
  ])('from %s it finds %s', (start, found) => {
    expect(findConfigFile(join(configs, start))).toBe(join(configs, found));
  });

  test('a package.json without a ladderLint key is passed over', () => {
    expect(findConfigFile(join(fixtures, 'ladder'))).toBeUndefined();
  });

  test.each([
    ['json', 'warn'],
    ['yaml', 'off'],
    ['js', 'off'],
    ['package-json', 'warn'],
  ])('the %s file is read and merged over the default', async (folder, severity) => {
    const config = await loadConfig({ searchFrom: join(configs, folder), knownRules: ruleNames });
    expect(config.rules['ladder-title']).toBe(severity);
    expect(Object.keys(config.templates)).toEqual([
      'individual-contributor',
      'support',
      'management',
      'operations',
    ]);
  });
});

describe('the configuration decides findings', () => {
  test('a warn severity turns the error into a warning', async () => {
    const { results } = await cliJson(['configs/json']);
    expect(results[0]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['ladder-title', 1],
    ]);
  });

  test('overrides change rules and the template per glob, relative to the configuration file', async () => {
    const { results } = await cliJson(['configs/overrides']);
    const found = results.map((result) => [
      result.filePath,
      result.messages.map((message) => message.ruleId),
    ]);
    expect(found).toEqual([
      // Legacy/** switches the title rule off; the page only points elsewhere, so nothing else applies.
      ['configs/overrides/Legacy/L2-Platform-Engineer.md', []],
      // Platform/** is checked against the management template: its sections, and the colon every template asks for.
      [
        'configs/overrides/Platform/L2-Platform-Engineer.md',
        ['ladder-sections', 'ladder-sections', 'ladder-sections', 'ladder-summary', 'ladder-title'],
      ],
    ]);
    const withoutOverrides = await cliJson([
      'configs/overrides/Platform',
      '--config',
      'configs/json/.ladderlintrc.json',
    ]);
    expect(withoutOverrides.results[0]?.messages.map((message) => message.message)).toEqual([
      'Write the title as "# L2: Platform Engineer", with a colon after the level, as the other level pages do.',
    ]);
  });
});

describe('a bad configuration exits 2 naming the file, the key and what is allowed', () => {
  test.each([
    [
      'bad-key',
      '"rule" is not a known setting. Allowed here: $schema, extends, ladder, rules, ignores, templates, overrides, tracks, scales, spelling.',
    ],
    [
      'bad-severity',
      '"rules.ladder-title" must be "off", "warn" or "error", or a list such as ["warn", { ...options }].',
    ],
    [
      'unknown-rule',
      `"rules.ladder-titles" is not a ladder-lint rule. Known rules: ${ruleNames.join(', ')}.`,
    ],
    ['bad-json', 'is not valid JSON'],
  ])('%s', async (folder, problem) => {
    const { code, stderr, stdout } = await cli([`configs/${folder}`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `ladder-lint: configuration error in ${join(configs, folder, '.ladderlintrc.json')}: `,
    );
    expect(stderr).toContain(problem);
  });

  test('an override naming a missing template, and a pattern that is not a regular expression', () => {
    expect(() =>
      validateConfig({ overrides: [{ files: ['x/**'], template: 'nope' }] }, 'c.json', ruleNames),
    ).toThrow(
      new ConfigError(
        'c.json',
        'overrides[0].template',
        'names a template that does not exist: "nope". Templates: individual-contributor, support, management, operations.',
      ),
    );
    expect(() =>
      validateConfig(
        { templates: { mine: { sections: [{ name: 'A', pattern: '(' }] } } },
        'c.json',
        ruleNames,
      ),
    ).toThrow(/templates\.mine\.sections\[0\]\.pattern" is not a valid regular expression/);
  });

  test('a --config file that does not exist', async () => {
    const { code, stderr } = await cli(['ladder', '--config', 'nope.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('nope.json: does not exist. Check the path given to --config.');
  });
});

test('schema.json is the schema the loader validates with', async () => {
  const { readFileSync } = await import('node:fs');
  const { configSchema } = await import('../src/config/schema.ts');
  const published = JSON.parse(readFileSync(join(fixtures, '..', 'schema.json'), 'utf8'));
  expect(published).toEqual(JSON.parse(JSON.stringify(configSchema)));
});

test('a template may accept a metadata alias instead of flagging it', async () => {
  const { lintTexts } = await import('../src/engine/lint.ts');
  const { mergeConfig } = await import('../src/config/load-config.ts');
  const { defaultConfig } = await import('../src/config/default-config.ts');
  const page = {
    path: 'Platform/L5-Principal-Platform-Engineer.md',
    text: '# L5: Principal Platform Engineer\n\n> I set direction.\n\n- **Thinking horizon**: 1 year\n- **Impact Radius**: Group\n- **Evaluation**: Director\n- **Responsibility and Direction Needed**: Minimal oversight.\n\n## 🦉 Domain Expertise\n\n## 🌱 Teaching and Mentoring\n',
  };
  const ic = defaultConfig.templates['individual-contributor'];
  const fields = ic.metadata?.fields.map((field) => ({ ...field, acceptAliases: true })) ?? [];
  const only = (config: Parameters<typeof mergeConfig>[0]) =>
    mergeConfig({ ...config, rules: { 'ladder-sections': 'off', 'ladder-section-content': 'off' } }, '', []);
  const flagged = await lintTexts([page], { config: only({}), cwd: '/ladder' });
  expect(flagged.results[0]?.messages.map((message) => message.ruleId)).toEqual(['ladder-metadata']);
  const accepted = await lintTexts([page], {
    config: only({
      templates: { 'individual-contributor': { ...ic, metadata: { ...ic.metadata, fields } } },
    }),
    cwd: '/ladder',
  });
  expect(accepted.results[0]?.messages).toEqual([]);
});
