/**
 * docs/describing-your-ladder.md cannot drift from the code: every ```json block in it is a whole
 * configuration that the schema accepts, and every worked section's example pages, linted with its
 * configuration, give exactly the levels and fields of the table under them. The outline, the run
 * summary line and the no-levels-found warning the page quotes are what ladder-lint prints.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { mergeConfig, validateConfig } from '../src/config/load-config.ts';
import { presets } from '../src/config/presets.ts';
import { configSchema } from '../src/config/schema.ts';
import type { LadderLintConfig, ResolvedConfig } from '../src/config/types.ts';
import { lintFiles, lintTexts } from '../src/engine/lint.ts';
import { engineRuleIds, type LintRun } from '../src/findings/types.ts';
import { formatOutline, ladderOutline, runSummaryLine } from '../src/reporters/outline.ts';
import { ruleMetas, ruleNames } from '../src/rule-api/registry.ts';

const docPath = 'docs/describing-your-ladder.md';
const docText = readFileSync(new URL(`../${docPath}`, import.meta.url), 'utf8');

interface Block {
  lang: string;
  body: string;
  /** The `#### \`path\`` heading above the block, if any. */
  path?: string;
  /** The `##` or `###` heading the block is under. */
  section: string;
  line: number;
}

/** One `| track | level | fields read |` row. */
type LevelRow = [track: string, level: string, fields: string];

interface DocSection {
  heading: string;
  blocks: Block[];
  levels?: LevelRow[];
}

/** The page's sections (by `##` and `###` headings), each with its fenced blocks and levels table. */
function readDoc(text: string): DocSection[] {
  const lines = text.split('\n');
  const sections: DocSection[] = [{ heading: '', blocks: [] }];
  let path: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const section = sections.at(-1) as DocSection;
    const heading = /^#{2,3} (.+)$/.exec(line);
    if (heading) {
      sections.push({ heading: heading[1] ?? '', blocks: [] });
      path = undefined;
      continue;
    }
    const file = /^#### `([^`]+)`\s*$/.exec(line);
    if (file) {
      path = file[1];
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const start = index + 1;
      const body: string[] = [];
      for (index++; index < lines.length && !/^```\s*$/.test(lines[index] ?? ''); index++)
        body.push(lines[index] ?? '');
      section.blocks.push({
        lang: fence[1] ?? '',
        body: body.join('\n'),
        ...(path === undefined ? {} : { path }),
        section: section.heading,
        line: start,
      });
      path = undefined;
      continue;
    }
    if (/^\| track +\| level +\| fields read +\|$/.test(line)) {
      const rows: LevelRow[] = [];
      for (index += 2; index < lines.length && (lines[index] ?? '').startsWith('|'); index++) {
        const cells = (lines[index] ?? '')
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1'));
        rows.push([cells[0] ?? '', cells[1] ?? '', cells[2] ?? '']);
      }
      section.levels = rows;
    }
  }
  return sections;
}

const sections = readDoc(docText);
const blocks = sections.flatMap((section) => section.blocks);
const jsonBlocks = blocks.filter((block) => block.lang === 'json');
const workedSections = sections.filter((section) =>
  section.blocks.some((block) => block.lang === 'markdown' && block.path),
);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folderWith(files: Array<{ path: string; text: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-layout-docs-'));
  made.push(dir);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

/** Reading a ladder does not depend on the rules: they are off, so no finding or worker gets in the way. */
function withRulesOff(config: ResolvedConfig): ResolvedConfig {
  return { ...config, rules: Object.fromEntries(ruleNames.map((name) => [name, 'off' as const])) };
}

const usesRanksFrom = (config: LadderLintConfig) =>
  Object.values(config.scales ?? {}).some((scale) => scale.ranksFrom !== undefined);

/**
 * A worked section's pages, linted with its configuration as if it sat in `/ladder`. A scale with
 * `ranksFrom` reads its steps from a file relative to the configuration as it loads, so such a
 * section's pages are written to a folder of their own and the configuration resolved there:
 * that also checks the `ranksFrom` headings against the section's own README example.
 */
async function lintSection(section: DocSection): Promise<LintRun> {
  const configBlocks = section.blocks.filter(
    (block) => block.lang === 'json' && block.path === '.ladderlintrc.json',
  );
  expect(configBlocks).toHaveLength(1);
  const config = validateConfig(JSON.parse(configBlocks[0]?.body ?? ''), docPath, ruleMetas);
  const pages = section.blocks
    .filter((block) => block.lang === 'markdown' && block.path)
    .map((block) => ({ path: block.path as string, text: `${block.body}\n` }));
  if (!usesRanksFrom(config))
    return lintTexts(pages, { config: withRulesOff(mergeConfig(config, '', [])), cwd: '/ladder' });
  const dir = folderWith(pages);
  const resolved = mergeConfig(config, dir, [join(dir, '.ladderlintrc.json')]);
  return lintTexts(pages, { config: withRulesOff(resolved), cwd: dir });
}

function levelRows(run: LintRun): LevelRow[] {
  return ladderOutline(run).tracks.flatMap((track) =>
    track.levels.map((level): LevelRow => {
      const fields = Object.entries(level.fields).map(([label, value]) => `${label}: ${value}`);
      return [track.name, level.level, fields.join('; ') || 'none'];
    }),
  );
}

test('the page has json configurations and worked sections to check', () => {
  expect(jsonBlocks.length).toBeGreaterThanOrEqual(workedSections.length);
  expect(workedSections.map((section) => section.heading)).toEqual(
    expect.arrayContaining([
      'Page per level',
      'Headings per level',
      'Front-matter pages',
      'YAML framework',
      'Roman numerals',
      'Levels named by words',
    ]),
  );
});

describe('every ```json block is a configuration the schema accepts', () => {
  test.each(jsonBlocks.map((block): [string, Block] => [`${block.section} (line ${block.line})`, block]))(
    '%s',
    (_name, block) => {
      expect(() => validateConfig(JSON.parse(block.body), docPath, ruleMetas)).not.toThrow();
    },
  );
});

test('the configurations show every preset, layout and field source the schema knows', () => {
  const configs = jsonBlocks.map((block) => JSON.parse(block.body) as LadderLintConfig);
  const layouts = configs.flatMap((config) => [
    config.ladder,
    ...(config.overrides ?? []).map((override) => override.ladder),
  ]);
  const presetNames = new Set(configs.map((config) => config.extends));
  const fieldSources = new Set(
    layouts.flatMap((layout) => (layout?.fields ?? []).map((field) => field.from)),
  );
  const directions = new Set(
    configs.flatMap((config) => Object.values(config.scales ?? {}).map((scale) => scale.direction)),
  );
  expect([...presetNames].sort()).toEqual(Object.keys(presets).sort());
  expect([...fieldSources].sort()).toEqual(
    [...configSchema.properties.ladder.properties.fields.items.properties.from.enum].sort(),
  );
  expect(directions).toEqual(new Set(['up', 'down', 'any', undefined]));
});

describe.each(workedSections.map((section): [string, DocSection] => [section.heading, section]))(
  'worked section "%s"',
  (_heading, section) => {
    test('reads the levels and fields its table shows', async () => {
      expect(section.levels?.length).toBeGreaterThan(0);
      const run = await lintSection(section);
      expect(levelRows(run)).toEqual(section.levels);
      const levelLabels = run.pages.filter((page) => page.kind === 'level').map((page) => page.level?.label);
      expect(levelLabels.sort()).toEqual((section.levels ?? []).map(([, level]) => level).sort());
    });
  },
);

describe('what the page says ladder-lint prints', () => {
  const headings = sections.find((section) => section.heading === 'Headings per level') as DocSection;
  /** What a ```text block shows after its first line, `$ command`. */
  const printed = (command: string) => {
    const block = blocks.find(
      (candidate) => candidate.lang === 'text' && candidate.body.startsWith(`${command}\n`),
    );
    expect(block).toBeDefined();
    return (block?.body ?? '').slice(command.length + 1);
  };

  test('--format outline, for the headings-per-level example', async () => {
    const run = await lintSection(headings);
    expect(printed('$ npx ladder-lint --format outline')).toBe(formatOutline(run));
  });

  test('the run summary line, for the same example', async () => {
    const run = await lintSection(headings);
    expect(printed('$ npx ladder-lint')).toBe(runSummaryLine(run));
  });

  test('the no-levels-found warning, on a folder of three pages that hold no level', async () => {
    const quoted = blocks.find(
      (block) => block.section.endsWith('`no-levels-found`') && block.lang === 'text',
    );
    const dir = folderWith(
      ['agenda.md', 'notes.md', 'README.md'].map((path) => ({
        path,
        text: `# ${path}\n\nNo levels here.\n`,
      })),
    );
    const run = await lintFiles(['.'], { cwd: dir, config: withRulesOff(mergeConfig(undefined, '', [])) });
    const warnings = run.results.flatMap((result) =>
      result.messages.filter((message) => message.ruleId === engineRuleIds.noLevels),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.severity).toBe(1);
    expect(quoted?.body).toBe(warnings[0]?.message);
  });
});
