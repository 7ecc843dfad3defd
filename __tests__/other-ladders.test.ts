import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { cli, cliJson, repoRoot } from './helpers/cli.ts';

// Three other organisations' ladders, each in its own layout, beside the repository (never copied
// into it). Each test works on a scratch copy, as a new user would: `init`, then a run.
const corpora = `${repoRoot}/../shared/corpora`;
const describeCorpora = existsSync(`${corpora}/other-ladders`) ? describe : describe.skip;

function scratchCopy(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `ladder-${name.split('__')[0]}-`));
  cpSync(`${corpora}/other-ladders/${name}`, folder, { recursive: true });
  return folder;
}

/** Replaces `from` (once, and it must be there) in a file of the copy; gives the line it is on. */
function inject(folder: string, file: string, from: string, to: string): number {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
  return text.slice(0, at).split('\n').length;
}

async function initialised(name: string): Promise<string> {
  const folder = scratchCopy(name);
  const init = await cli(['init'], folder);
  expect([init.code, init.stderr]).toEqual([0, '']);
  return folder;
}

interface Outline {
  tracks: Array<{
    name: string;
    levels: Array<{ level: string; file: string; line: number; fields: object }>;
  }>;
  unrecognised: string[];
}

async function outline(folder: string): Promise<Outline> {
  const { stdout, code } = await cli(['--format', 'outline'], folder);
  expect(code).not.toBe(2);
  return JSON.parse(stdout) as Outline;
}

const levelsOf = (read: Outline) =>
  Object.fromEntries(read.tracks.map((track) => [track.name, track.levels.map((level) => level.level)]));

async function findings(folder: string): Promise<string[]> {
  const { results } = await cliJson([], folder);
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath}:${message.line} ${message.ruleId}`),
  );
}

describeCorpora('other organisations’ ladders, after ladder-lint init', () => {
  test('jorgef: a file per track, a heading per level, five ordinal axes defined in the README', async () => {
    const folder = await initialised('jorgef__engineeringladders');
    const read = await outline(folder);
    expect(levelsOf(read)).toEqual({
      Developer: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'],
      EngineeringManager: ['EM5', 'EM6', 'EM7'],
      TechLead: ['TL4', 'TL5', 'TL6', 'TL7'],
      TechnicalProgramManager: ['TPM4', 'TPM5', 'TPM6', 'TPM7'],
    });
    expect(read.unrecognised).toEqual(['README.md']);
    expect(read.tracks[0]?.levels[0]).toEqual({
      level: 'D1',
      rank: 1.05,
      title: 'D1 - Developer 1',
      file: 'Developer.md',
      line: 15,
      fields: {
        Technology: 'Adopts',
        System: 'Enhances',
        People: 'Learns',
        Process: 'Follows',
        Influence: 'Subsystem',
      },
    });
    const progression = await cli(['--format', 'progression'], folder);
    expect(progression.stdout).toContain(
      '| D5 | Developer.md | Masters <sub>(step 4 of 5)</sub> | Evolves <sub>(step 4 of 5)</sub> | Mentors <sub>(step 3 of 5)</sub> | Adjusts <sub>(step 4 of 5)</sub> | Multiple Teams <sub>(step 3 of 5)</sub> |',
    );
  });

  test('jorgef, unmodified: only links to pages the corpus did not copy, which exist in the original', async () => {
    const folder = await initialised('jorgef__engineeringladders');
    // The corpus holds five of the repository's files; these are the others its pages link to.
    for (const missing of ['TechLead-EngineeringManager.md', 'Managing-Managers.md'])
      writeFileSync(join(folder, missing), '# Stand-in\n');
    cpSync(join(folder, 'LICENSE'), join(folder, 'charts/template.png'), { recursive: true });
    expect(await findings(folder)).toEqual([]);
  });

  test('jorgef: injected defects are each found at their line', async () => {
    const folder = await initialised('jorgef__engineeringladders');
    const typo = inject(folder, 'Developer.md', 'quickly learns from others', 'quickly lerns from others');
    const doubled = inject(folder, 'TechLead.md', 'the system', 'the the system');
    const down = inject(folder, 'Developer.md', '* **Masters**:', '* **Adopts**:');
    const duplicated = inject(folder, 'Developer.md', '## D7 - Developer 7', '## D6 - Developer 6');
    const found = await findings(folder);
    expect(found).toEqual(
      expect.arrayContaining([
        `Developer.md:${typo} ladder-spelling`,
        `TechLead.md:${doubled} ladder-doubled-word`,
        `Developer.md:${down} ladder-progression`,
        `Developer.md:${duplicated} ladder-level-order`,
      ]),
    );
  });

  test('infracloud: a page per level ordered by front-matter weight, with a table of figures', async () => {
    const folder = await initialised('infracloudio__career-ladders');
    const read = await outline(folder);
    expect(levelsOf(read)).toEqual({
      'content/docs/engineering': [
        'Associate Engineer',
        'Engineer',
        'Senior Engineer',
        'Staff Engineer',
        'Principal Engineer',
      ],
    });
    expect(read.unrecognised).toEqual(['content/docs/engineering/_index.md']);
    expect(read.tracks[0]?.levels[1]?.fields).toMatchObject({
      Core: '~70%',
      'Approximate Tenure in this role': '~2 year',
    });
    const progression = await cli(['--format', 'progression'], folder);
    expect(progression.stdout).toMatch(/\| Staff Engineer \| staff-engineer\.md \| .*~50% .*~3 year/);
    // Unmodified, the ladder is clean: its figures move as its own trends say.
    expect(await findings(folder)).toEqual([]);
  });

  test('infracloud: injected defects are each found at their line', async () => {
    const folder = await initialised('infracloudio__career-ladders');
    const file = 'content/docs/engineering/staff-engineer.md';
    const shorter = inject(folder, file, '<td>~3 year</td>', '<td>~1 year</td>');
    const prose = inject(
      folder,
      'content/docs/engineering/engineer.md',
      'You seek feedback',
      'You seek feeback',
    );
    const doubled = inject(
      folder,
      'content/docs/engineering/engineer.md',
      'on tasks while',
      'on on tasks while',
    );
    const found = await findings(folder);
    expect(found).toEqual(
      expect.arrayContaining([
        `${file}:${shorter} ladder-progression`,
        `content/docs/engineering/engineer.md:${prose} ladder-spelling`,
        `content/docs/engineering/engineer.md:${doubled} ladder-doubled-word`,
      ]),
    );
  });

  test('monzo: the ladder in YAML front matter, and three design pages with a heading per level', async () => {
    const folder = await initialised('monzo__progression-framework');
    const read = await outline(folder);
    const levels = levelsOf(read);
    expect(Object.keys(levels)).toHaveLength(17);
    expect(levels['frameworks/engineering/backend']).toEqual([
      'Level 1',
      'Level 2',
      'Level 3',
      'Level 4',
      'Level 5',
      'Level 6',
    ]);
    expect(levels['frameworks/design/product-design']?.[0]).toBe('Level 1');
    expect(levels['frameworks/operations/ops-leadership']?.at(-1)).toBe('Level 6');
    expect(read.unrecognised).toEqual([]);
    const progression = await cli(['--format', 'progression'], folder);
    expect(progression.stdout).toContain('### frameworks/engineering/backend');
  });

  test('monzo, unmodified: every finding is one its maintainers would fix', async () => {
    const folder = await initialised('monzo__progression-framework');
    // Each finding with why a maintainer would act on it.
    const expected: Record<string, string> = {
      'frameworks/customer-operations.md:90 ladder-front-matter':
        '"All criteria from level one" twice at level 2',
      'frameworks/engineering/backend.md:219 ladder-spelling':
        'jargon "cruftification": a word to add or rewrite',
      'frameworks/engineering/backend.md:224 ladder-spelling':
        'jargon "dashboarding": a word to add or rewrite',
      'frameworks/engineering/data.md:191 ladder-doubled-word': '"about about"',
      'frameworks/engineering/data.md:196 ladder-front-matter':
        'a criterion copied into two topics of level 2',
      'frameworks/engineering/data.md:207 ladder-grammar': '"what a 80/20 solution": "an 80/20"',
      'frameworks/engineering/data.md:211 ladder-spelling': '"blackbox" is written "black box"',
      'frameworks/engineering/data.md:221 ladder-front-matter':
        'a criterion copied into two topics of level 4',
      'frameworks/engineering/data.md:222 ladder-front-matter':
        'a criterion copied into two topics of level 4',
      'frameworks/engineering/data.md:252 ladder-front-matter':
        'a criterion copied into two topics of level 6',
      'frameworks/engineering/data.md:269 ladder-front-matter':
        'a criterion copied into two topics of level 4',
      'frameworks/engineering/data.md:272 ladder-front-matter':
        'a criterion copied into two topics of level 4',
      'frameworks/engineering/qualityanalyst.md:106 ladder-front-matter':
        'a criterion listed twice at level 3',
      'frameworks/engineering/web.md:236 ladder-doubled-word': '"uses uses"',
      'frameworks/executive-support.md:69 ladder-spelling': 'the abbreviation "mgmt" in a published page',
      'frameworks/executive-support.md:75 ladder-spelling': 'typo "responsibble"',
      'frameworks/executive-support.md:76 ladder-spelling': 'typo "indivudal\'s"',
      'frameworks/marketing.md:44 ladder-spelling': '"impactfully" is not a dictionary word',
      'frameworks/operations/ops-individual-contributor.md:3 ladder-mojibake':
        'two stray emoji variation selectors after "🙋‍♀️" in the title',
      'frameworks/operations/ops-individual-contributor.md:23 ladder-spelling': 'typo "proactivley"',
      'frameworks/operations/ops-individual-contributor.md:80 ladder-spelling': 'typo "responsbile"',
      'frameworks/operations/ops-individual-contributor.md:110 ladder-spelling': 'typo "Proactivley"',
      'frameworks/operations/ops-individual-contributor.md:130 ladder-spelling': 'typo "Contantly"',
      'frameworks/operations/ops-leadership.md:7 ladder-front-matter': '"levels: 5" while level 6 is used',
      'frameworks/operations/ops-leadership.md:58 ladder-spelling': '"reportees": a word to add or rewrite',
      'frameworks/operations/ops-leadership.md:201 ladder-front-matter':
        'a criterion copied into two topics of level 2',
      'frameworks/people.md:170 ladder-spelling': '"workstreams": a word to add or rewrite',
      'frameworks/people.md:199 ladder-spelling': 'typo "initatives"',
      'frameworks/people.md:205 ladder-front-matter': 'a tab that makes strict YAML parsers reject the page',
      'frameworks/people.md:212 ladder-spelling': 'typo "neccessary"',
      'frameworks/people.md:235 ladder-spelling':
        'typo "suceed"; "skillsets" (below) is jargon to add or rewrite',
      'frameworks/people.md:238 ladder-spelling': 'typo "responsibilites"',
      'frameworks/techops.md:105 ladder-front-matter': 'a criterion listed twice at level 2',
      'frameworks/techops.md:113 ladder-front-matter': 'a criterion listed twice at level 3',
    };
    const found = [...new Set(await findings(folder))];
    expect(found).toEqual(Object.keys(expected));
  });

  test('monzo: injected defects in YAML are each found at their line', async () => {
    const folder = await initialised('monzo__progression-framework');
    const file = 'frameworks/engineering/backend.md';
    const count = inject(folder, file, 'levels: 6', 'levels: 5');
    const typo = inject(folder, file, '"Accepts feedback graciously"', '"Accepts feedbak graciously"');
    const doubled = inject(folder, file, '"Gives feedback to peers', '"Gives feedback to to peers');
    const repeated = inject(
      folder,
      file,
      '          - "Proactively seeks feedback from the people around them"\n',
      '          - "Proactively seeks feedback from the people around them"\n          - "Proactively seeks feedback from the people around them"\n',
    );
    const tab = inject(folder, 'frameworks/engineering/web.md', '          - "', '          -\t"');
    const found = await findings(folder);
    expect(found).toEqual(
      expect.arrayContaining([
        `${file}:${count} ladder-front-matter`,
        `${file}:${typo} ladder-spelling`,
        `${file}:${doubled} ladder-doubled-word`,
        `${file}:${repeated + 1} ladder-front-matter`,
        `frameworks/engineering/web.md:${tab} ladder-front-matter`,
      ]),
    );
  });
});

describeCorpora('the reference ladder needs no configuration', () => {
  test('its outline lists every level page of every track', async () => {
    const read = await outline(`${corpora}/octopus-people`);
    const levels = read.tracks.flatMap((track) => track.levels.map((level) => level.file));
    expect(read.tracks).toHaveLength(11);
    expect(levels).toHaveLength(39);
    // Every file named as a level (L1-…, L4 - …) is read as one.
    expect(read.unrecognised.filter((file) => /(^|\/)L\d/.test(file))).toEqual([]);
    expect(levelsOf(read)['Security-Operations/Security-Engineer']).toEqual(['L2', 'L3', 'L3', 'L4']);
  });
});
