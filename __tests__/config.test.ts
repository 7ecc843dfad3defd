import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ConfigError, findConfigFile, loadConfig, validateConfig } from '../src/config/load-config.ts';
import { ruleMetas, ruleNames } from '../src/rule-api/registry.ts';
import { cli, cliJson, fixtures, repoRoot } from './helpers/cli.ts';

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
    const config = await loadConfig({ searchFrom: join(configs, folder), knownRules: ruleMetas });
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
      '"rule" is not a known setting. Allowed here: $schema, extends, ladder, rules, ignores, templates, overrides, tracks, scales, spelling, cache.',
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
      validateConfig({ overrides: [{ files: ['x/**'], template: 'nope' }] }, 'c.json', ruleMetas),
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
        ruleMetas,
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
  const { configSchema } = await import('../src/index.ts');
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

describe('patterns from the configuration run in linear time', () => {
  // `(a+)+$` backtracks exponentially in JavaScript's engine on "aaa…a!": before RE2, this run hung.
  test('a track title and a section pattern of (a+)+$ against long titles and headings', async () => {
    const a = 'a'.repeat(60);
    const { code, stdout } = await cli(['configs/slow-patterns', '--format', 'outline']);
    expect(code).toBe(1);
    const outline = JSON.parse(stdout) as {
      tracks: Array<{ name: string; levels: Array<{ level: string }> }>;
    };
    expect(outline.tracks.map((track) => [track.name, track.levels.map((level) => level.level)])).toEqual([
      ['Repeated', ['L3']],
      ['configs/slow-patterns/Platform', ['L2']],
    ]);
    const { results } = await cliJson(['configs/slow-patterns']);
    expect(
      results.map((result) => [
        result.filePath,
        result.messages.filter((message) => message.ruleId === 'ladder-sections').map((m) => m.message),
      ]),
    ).toEqual([
      [
        'configs/slow-patterns/Platform/L2-Platform-Engineer.md',
        [
          'The "Scope" section is missing. Add "## Scope" after the summary, with its expectations.',
          `"## ${a}!" is not a section of the slow template, whose sections are: "Scope". Rename it to one of them or remove it.`,
        ],
      ],
      ['configs/slow-patterns/Platform/L3-Platform-Engineer.md', []],
    ]);
  });

  test.each([
    ['tracks[0].title', { tracks: [{ name: 'T', title: String.raw`(a)\1` }] }, String.raw`(a)\1`],
    [
      'templates.mine.sections[0].pattern',
      { templates: { mine: { sections: [{ name: 'A', pattern: '^(?=Scope)' }] } } },
      '^(?=Scope)',
    ],
    [
      'ladder.levels.pattern',
      { ladder: { levels: { in: 'heading', pattern: String.raw`(?<!x)L\d` } } },
      String.raw`(?<!x)L\d`,
    ],
    [
      'overrides[0].ladder.fields[0].pattern',
      {
        overrides: [
          {
            files: ['x/**'],
            ladder: {
              fields: [{ from: 'pattern', pattern: String.raw`(?<label>\w+): (?<value>\k<label>)` }],
            },
          },
        ],
      },
      String.raw`(?<label>\w+): (?<value>\k<label>)`,
    ],
  ])('%s with a backreference or lookaround is refused, naming the pattern', (key, config, pattern) => {
    let thrown: unknown;
    try {
      validateConfig(config, 'c.json', ruleMetas);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const { file, key: thrownKey, problem } = thrown as ConfigError;
    expect([file, thrownKey]).toEqual(['c.json', key]);
    expect(problem).toMatch(
      new RegExp(
        `^is a pattern ladder-lint cannot run safely: "${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" \\(.+\\)\\. Patterns from the configuration run in a linear-time engine \\(RE2\\)`,
      ),
    );
    expect(problem).toContain('Rewrite the pattern without them.');
  });

  test('the CLI exits 2 on such a pattern, naming the file, the key and the pattern', async () => {
    const { code, stdout, stderr } = await cli(['configs/lookahead-pattern']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `ladder-lint: configuration error in ${join(configs, 'lookahead-pattern', '.ladderlintrc.json')}: ` +
        '"tracks[0].title" is a pattern ladder-lint cannot run safely: "^(?!Draft).*Engineer" ' +
        '(invalid or unsupported Perl syntax: `(?!`). Patterns from the configuration run in a linear-time ' +
        'engine (RE2), so that no pattern can stall a run: it has no backreferences (\\1, \\k<name>), no ' +
        'lookahead or lookbehind ((?=…), (?!…), (?<=…), (?<!…)) and repeats at most 1000 times. Rewrite ' +
        'the pattern without them.\n',
    );
  });
});

describe('configuration edge cases', () => {
  test.each([
    [
      'null-config/.ladderlintrc.json',
      'holds no configuration (it is null). Write an object of settings, such as { "rules": { … } }, or {} for the defaults.',
    ],
    [
      'no-default-export/ladder-lint.config.mjs',
      'has no default export, so it gives no configuration. Export the settings: "export default { rules: { … } };".',
    ],
    [
      'unknown-language/.ladderlintrc.json',
      '"spelling.language" is "fr-FR", a language ladder-lint has no spelling dictionary for. Allowed: "en-US" or "en-GB". ladder-lint spells English only: for a ladder in another language, remove this setting and turn "ladder-spelling" off.',
    ],
  ])('%s exits 2 saying what is wrong, not taken as no configuration', async (file, problem) => {
    const { code, stdout, stderr } = await cli([`configs/${dirname(file)}`]);
    expect([code, stdout, stderr]).toEqual([
      2,
      '',
      `ladder-lint: configuration error in ${join(configs, file)}: ${problem}\n`,
    ]);
  });

  test('a package.json named by --config without a ladderLint key', async () => {
    const { code, stderr } = await cli(['configs/json', '--config', join(repoRoot, 'package.json')]);
    expect([code, stderr]).toEqual([
      2,
      `ladder-lint: configuration error in ${join(repoRoot, 'package.json')}: "ladderLint" holds no configuration. Give it an object of settings, such as { "rules": { … } }.\n`,
    ]);
  });

  test('en, en_US and en-gb, in any case, are English', () => {
    for (const language of ['en', 'en_US', 'EN-us', 'en-gb', 'en_GB'])
      expect(validateConfig({ spelling: { language } }, 'c.json', ruleMetas).spelling?.language).toBe(
        language,
      );
  });

  test('a JSON configuration that starts with a byte-order mark is read', async () => {
    const { code, results } = await cliJson(['configs/bom-json']);
    expect(code).toBe(0);
    expect(results[0]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['ladder-title', 1],
    ]);
  });

  test('a .mjs whose top-level await never settles exits 2 saying so, not 13', () => {
    // Node exits 13 when the event loop empties under an unsettled top-level await; only a
    // process of its own shows that (a test worker's event loop never empties).
    const run = spawnSync(process.execPath, [join(repoRoot, 'src/bin.ts'), 'configs/never-loads'], {
      cwd: fixtures,
      encoding: 'utf8',
    });
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `ladder-lint: configuration error in ${join(configs, 'never-loads/ladder-lint.config.mjs')}: never finished loading: a top-level "await" in it waits for something that never happens. Remove that await or make sure it settles.\n`,
    ]);
  });
});
