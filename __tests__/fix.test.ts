import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ajvDraft04 from 'ajv-draft-04';
import { applyFixes } from '../src/engine/apply-fixes.ts';
import { lintFiles, lintTexts } from '../src/engine/lint.ts';
import { cli, fixtures, repoRoot } from './helpers/cli.ts';
import { onlyRule } from './helpers/config.ts';

/** A copy of a fixture folder (or any folder) in a fresh temporary folder, never in the repository. */
function copyOf(folder: string): string {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-fix-'));
  cpSync(folder, root, { recursive: true });
  return root;
}

/** Every file under `root`, by path relative to it, as bytes. */
function filesOf(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

const page = 'L2-Platform-Engineer.md';
const remaining = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => /^\s+\d+:\d+/.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/ This .* (ladder-[a-z-]+)$/, ' $1'),
    );

describe('applyFixes', () => {
  test('applies fixes in order of their ranges; one that overlaps or touches an applied one waits', () => {
    const text = 'abcdefghij';
    expect(
      applyFixes(text, [
        { range: [6, 8], text: 'X' }, // applied
        { range: [0, 2], text: '' }, // applied
        { range: [1, 3], text: 'Y' }, // overlaps 0-2
        { range: [2, 2], text: 'Z' }, // touches 0-2
        { range: [9, 20], text: 'W' }, // past the end
        undefined,
      ]),
    ).toEqual({ output: 'cdefXij', fixed: true, applied: 2 });
  });

  test('fixes that change nothing do not count as fixed, so the passes end', () => {
    expect(applyFixes('abc', [{ range: [0, 1], text: 'a' }])).toEqual({
      output: 'abc',
      fixed: false,
      applied: 1,
    });
    expect(applyFixes('abc', [])).toEqual({ output: 'abc', fixed: false, applied: 0 });
  });
});

describe('--fix on the fixtures/fix pages', () => {
  // Each page as --fix must leave it, byte for byte.
  const fixed: Record<string, Buffer> = {
    crlf: Buffer.from(
      '# L2: Platform Engineer\r\n\r\n> I keep the platform running.\r\n\r\n## 🦉 Domain expertise\r\n\r\n- I review the code of my team.\r\n- I write tests for what I change.\r\n- I pair with others on hard problems.\r\n',
    ),
    bom: Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        '# L2: Platform Engineer\n\n> I keep the platform running.\n\n## Domain expertise\n\n- I teach others what I know.\n- I’m on call once a month.\n',
      ),
    ]),
    'no-newline': Buffer.from(
      '# L2: Platform Engineer\n\n> I keep the platform running.\n\n## Domain expertise\n\n- I review the code of my team.',
    ),
    // One space, one mark, the quote without its backslash; the link title keeps its escapes, and
    // spaces after a colon are not inside a sentence.
    typography: Buffer.from(
      '# L2: Platform Engineer\n\n> I keep the platform running, day and night.\n\n## Domain expertise\n\n- I review my team\'s code, and I read [the "runbook"](https://example.com/runbook "the \\"runbook\\"").\n- I write tests for what I change:   always.\n',
    ),
    // The doubled word's fix ends where the zero-width space's begins: the second pass removes it.
    overlap: Buffer.from(
      '# L2: Platform Engineer\n\n> I keep the platform running.\n\n## Domain expertise\n\n- I review the code of my team.\n',
    ),
  };

  test.each(Object.keys(fixed))(
    '%s: repaired, the rest byte for byte, and a second --fix changes nothing',
    async (name) => {
      const root = copyOf(join(fixtures, 'fix', name));
      const original = readFileSync(join(root, page));
      expect(original.equals(fixed[name] as Buffer)).toBe(false);
      const first = await cli(['--fix', '.'], root);
      expect(readFileSync(join(root, page)).toString('hex')).toBe(fixed[name]?.toString('hex'));
      // What remains is reported: these pages follow no template, which has no fix; a byte-order
      // mark is kept, as everything else that no fix touches, and still reported.
      expect(remaining(first.stdout)).toEqual(
        name === 'bom'
          ? ['1:1 error ladder-sections', '1:1 warning ladder-typography']
          : ['1:1 error ladder-sections'],
      );
      const second = await cli(['--fix', '.'], root);
      expect(readFileSync(join(root, page)).toString('hex')).toBe(fixed[name]?.toString('hex'));
      expect(second.stdout).toBe(first.stdout);
    },
  );

  test('a UTF-16 page with its byte-order mark is written back as UTF-16', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-fix-'));
    const text = '# L2: Platform Engineer\r\n\r\n- I review the the code.\r\n';
    writeFileSync(join(root, page), Buffer.from(`\uFEFF${text}`, 'utf16le'));
    await cli(['--fix', '.'], root);
    expect(readFileSync(join(root, page)).toString('hex')).toBe(
      Buffer.from('\uFEFF# L2: Platform Engineer\r\n\r\n- I review the code.\r\n', 'utf16le').toString('hex'),
    );
  });

  test('--fix-dry-run writes nothing and gives the fixed text as "output" in ESLint\'s JSON', async () => {
    const root = copyOf(join(fixtures, 'fix'));
    const before = filesOf(root);
    const { code, stdout } = await cli(['--fix-dry-run', '--format', 'json', 'bom'], root);
    expect(filesOf(root)).toEqual(before);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        filePath: `bom/${page}`,
        messages: [
          {
            ruleId: 'ladder-sections',
            severity: 2,
            message:
              'This page does not follow any page template (individual-contributor, support, management, operations): it has too few of their sections. Start from another level page of the same track, or describe this kind of page as a template in the configuration.',
            line: 1,
            column: 1,
            nodeType: null,
            endLine: 1,
            endColumn: 24,
          },
          {
            ruleId: 'ladder-typography',
            severity: 1,
            message:
              'This file starts with an invisible byte-order mark. GitHub hides it, but other tools read it as text. Save the file as "UTF-8" without BOM.',
            line: 1,
            column: 1,
            nodeType: null,
            endLine: 1,
            endColumn: 1,
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        // As ESLint's output: the whole text, byte-order mark included.
        output: fixed.bom?.toString('utf8'),
        usedDeprecatedRules: [],
      },
    ]);
  });

  test('--fix and --fix-dry-run together is a usage error', async () => {
    const { code, stderr } = await cli(['--fix', '--fix-dry-run', 'fix/bom']);
    expect([code, stderr]).toEqual([
      2,
      'ladder-lint: give --fix (write the repairs) or --fix-dry-run (only show them), not both.\n',
    ]);
  });
});

describe('fixes in the reports', () => {
  test("--format json is ESLint's full result shape, with each fix", async () => {
    const { stdout } = await cli(['--format', 'json', 'fix/no-newline']);
    const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(results.map((result) => Object.keys(result))).toEqual([
      [
        'filePath',
        'messages',
        'suppressedMessages',
        'errorCount',
        'fatalErrorCount',
        'warningCount',
        'fixableErrorCount',
        'fixableWarningCount',
        'usedDeprecatedRules',
      ],
    ]);
    expect(results[0]?.messages).toEqual([
      expect.objectContaining({ ruleId: 'ladder-sections' }),
      {
        ruleId: 'ladder-doubled-word',
        severity: 2,
        message: '"my" is written twice in a row. Remove one of them.',
        line: 7,
        column: 24,
        nodeType: null,
        endLine: 7,
        endColumn: 29,
        fix: { range: [103, 106], text: '' },
      },
    ]);
    expect(readFileSync(join(fixtures, 'fix/no-newline', page), 'utf8').slice(103, 106)).toBe(' my');
    expect(results[0]).toMatchObject({ errorCount: 2, fixableErrorCount: 1, fixableWarningCount: 0 });
  });

  test('--format sarif gives each fix and each suggestion with a fix as SARIF fixes, and stays valid SARIF', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-fix-'));
    writeFileSync(join(root, page), '# L2: Platform Engineer\n\n- I review the the code and recieve it.\n');
    const { stdout } = await cli(['--format', 'sarif', '.'], root);
    // " the" is at 39 and "recieve" at 53 of the page's text.
    const text = readFileSync(join(root, page), 'utf8');
    expect([text.slice(39, 43), text.slice(53, 60)]).toEqual([' the', 'recieve']);
    const log = JSON.parse(stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; fixes?: unknown }> }>;
    };
    const change = (charOffset: number, charLength: number, text: string) => [
      {
        artifactLocation: { uri: page, uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { charOffset, charLength }, insertedContent: { text } }],
      },
    ];
    expect(
      log.runs[0]?.results.filter((result) => result.fixes).map((result) => [result.ruleId, result.fixes]),
    ).toEqual([
      [
        'ladder-doubled-word',
        [{ description: { text: 'Applied by ladder-lint --fix.' }, artifactChanges: change(39, 4, '') }],
      ],
      [
        'ladder-spelling',
        [
          {
            description: { text: 'Replace "recieve" with "receive".' },
            artifactChanges: change(53, 7, 'receive'),
          },
        ],
      ],
    ]);
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new ajvDraft04.default({
      strict: false,
      allErrors: true,
      validateFormats: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
});

describe('what each rule fixes, and what it leaves to a person', () => {
  const fixedText = async (rule: string, text: string, path = page, options?: Record<string, unknown>) => {
    const run = await lintTexts([{ path, text }], { config: onlyRule(rule, options), fix: true });
    return {
      output: run.results[0]?.output,
      remaining: run.results[0]?.messages.map((message) => message.message),
    };
  };

  test('ladder-title writes the file name’s level in the title', async () => {
    expect(await fixedText('ladder-title', '# L3: Platform Engineer\n\nText.\n')).toEqual({
      output: '# L2: Platform Engineer\n\nText.\n',
      remaining: [],
    });
  });

  test('ladder-metadata renames a label to the template’s', async () => {
    const text = readFileSync(join(repoRoot, 'docs/rules/ladder-metadata.md'), 'utf8');
    const example = /### ❌ `Platform\/L5-Principal-Platform-Engineer.md`\n\n```markdown\n([^`]*)```/.exec(
      text,
    )?.[1];
    expect(example).toContain('- **Thinking horizon**: 1 year\n');
    const { output } = await fixedText(
      'ladder-metadata',
      example ?? '',
      'Platform/L5-Principal-Platform-Engineer.md',
    );
    expect(output).toBe(example?.replace('**Thinking horizon**', '**Planning Horizon**'));
  });

  test('ladder-lost-list-marker gives the line the marker its list uses', async () => {
    expect(
      await fixedText(
        'ladder-lost-list-marker',
        '# L2: Platform Engineer\n\n* I write tests.\nI review code.\n',
      ),
    ).toEqual({ output: '# L2: Platform Engineer\n\n* I write tests.\n* I review code.\n', remaining: [] });
  });

  test('ladder-emoji-style writes the majority’s way in prose, and only suggests it in headings', async () => {
    const pages = [
      {
        path: 'L2-Platform-Engineer.md',
        text: '# L2: Platform Engineer\n\n## 🦉 Domain\n\n- I ship 🚀 often.\n',
      },
      {
        path: 'L3-Platform-Engineer.md',
        text: '# L3: Platform Engineer\n\n## :owl: Domain\n\n- :rocket: :rocket: :tada:\n',
      },
    ];
    const run = await lintTexts(pages, { config: onlyRule('ladder-emoji-style'), fix: true });
    expect(run.results.map((result) => result.output)).toEqual([
      '# L2: Platform Engineer\n\n## 🦉 Domain\n\n- I ship :rocket: often.\n',
      undefined,
    ]);
    expect(run.results[0]?.messages).toEqual([
      expect.objectContaining({
        line: 3,
        suggestions: [
          {
            desc: 'Write ":owl:" instead; this changes the heading\'s link anchor, so update the links to it.',
            fix: { range: [28, 30], text: ':owl:' },
          },
        ],
      }),
    ]);
    expect(run.results[0]?.messages[0]?.fix).toBeUndefined();
  });

  test('ladder-grammar closes compounds and swaps an article only where retext-indefinite-article is sure', async () => {
    const text = [
      '# L2: Platform Engineer',
      '',
      '- Let’s work out a improvement plan, in a hour, as an user.',
      '- I keep my Stake holders and team',
      '  mates informed.',
      // A stray article is deleted, not swapped; a name the library does not know is left alone.
      '- I read it as a either a narrative or a reference, as a Octopus Deploy expert.',
      '',
    ].join('\n');
    expect(await fixedText('ladder-grammar', text)).toEqual({
      output: [
        '# L2: Platform Engineer',
        '',
        '- Let’s work out an improvement plan, in an hour, as a user.',
        '- I keep my Stakeholders and teammates informed.',
        '- I read it as a either a narrative or a reference, as a Octopus Deploy expert.',
        '',
      ].join('\n'),
      remaining: [
        'Write "an either", not "a either": "either" starts with a vowel sound.',
        'Write "an Octopus", not "a Octopus": "Octopus" starts with a vowel sound.',
      ],
    });
  });

  test('ladder-spelling only suggests; --fix leaves the word for a person to choose', async () => {
    const result = await fixedText('ladder-spelling', '# L2: Platform Engineer\n\n- We recieve tickets.\n');
    expect(result.output).toBeUndefined();
    expect(result.remaining).toHaveLength(1);
  });

  test('a file to rename is a suggestion with a description and no fix', async () => {
    const run = await lintTexts([{ path: 'L2-Platform-Engineer', text: '# L2: Platform Engineer\n' }], {
      config: onlyRule('ladder-title'),
    });
    expect(run.results[0]?.messages.map(({ fix, suggestions }) => ({ fix, suggestions }))).toEqual([
      { fix: undefined, suggestions: [{ desc: 'Rename the file to "L2-Platform-Engineer.md".' }] },
    ]);
  });
});

const seeds = `${repoRoot}/../shared/seeds`;
const describeSeeds = existsSync(seeds) ? describe : describe.skip;

describeSeeds('--fix on copies of the two seed pages', () => {
  test('repairs every seeded defect that has a safe fix, byte for byte elsewhere, and a second run changes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-fix-seeds-'));
    mkdirSync(join(root, 'Security-Engineer'));
    const l4 = join(root, 'Security-Engineer/L4-Security-Engineer-Technical-Lead.md');
    const l2 = join(root, 'Security-Engineer/L2-Security-Engineer.md');
    const l4Seed = readFileSync(`${seeds}/000_e027cb7c7baa45bb.txt`);
    const l2Seed = readFileSync(`${seeds}/001_1f1650ef3f778b83.txt`);
    writeFileSync(l4, l4Seed);
    writeFileSync(l2, l2Seed);
    // Each seeded defect with a safe fix (the emoji's first byte, read as Mac OS Roman, is the
    // Apple logo U+F8FF), as it is written and as --fix must leave it; each is there once.
    const repaired = (seed: Buffer, repairs: Array<[string, string]>) =>
      repairs.reduce((text, [from, to]) => {
        expect([from, text.split(from).length - 1]).toEqual([from, 1]);
        return text.replace(from, to);
      }, seed.toString('utf8'));
    const headings: Array<[string, string]> = [
      ['## \uF8FFü¶â Domain', '## 🦉 Domain'],
      ['## \uF8FFüå± Teaching', '## 🌱 Teaching'],
      ['## \uF8FFüß≠ Culture', '## 🧭 Culture'],
      ['## \uF8FFüèÜ Business', '## 🏆 Business'],
    ];
    const l4Fixed = repaired(l4Seed, [
      ...headings,
      ['the technical technical capabilities', 'the technical capabilities'],
      ['\nI led an effort to standardize', '\n- I led an effort to standardize'],
    ]);
    const l2Fixed = repaired(l2Seed, [
      ...headings,
      ['codebases across the organisation.', 'codebases across the organization.'],
    ]);

    const first = await cli(['--fix', '.'], root);
    expect(readFileSync(l4).toString('hex')).toBe(Buffer.from(l4Fixed).toString('hex'));
    expect(readFileSync(l2).toString('hex')).toBe(Buffer.from(l2Fixed).toString('hex'));
    // Only the misspelling is left, for a person to choose among its suggestions.
    expect(remaining(first.stdout)).toEqual([
      '18:20 error "inefficiences" looks misspelled; did you mean "inefficiencies"? If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config. (suggestion: inefficiencies, inefficiency, inefficiency\'s) ladder-spelling',
    ]);
    await cli(['--fix', '.'], root);
    expect(readFileSync(l4).toString('hex')).toBe(Buffer.from(l4Fixed).toString('hex'));
    expect(readFileSync(l2).toString('hex')).toBe(Buffer.from(l2Fixed).toString('hex'));
  }, 120_000);
});

const corpus = `${repoRoot}/../shared/corpora/octopus-people`;
const describeCorpus = existsSync(corpus) ? describe : describe.skip;

describeCorpus('--fix on a copy of the reference ladder', () => {
  test('changes only lines that had a fixable finding, leaves none, and a second run changes nothing', async () => {
    const root = copyOf(corpus);
    const before = filesOf(root);
    const { results } = await lintFiles(['.'], { cwd: root });
    const fixableLines = new Set(
      results.flatMap((result) =>
        result.messages
          .filter((message) => message.fix)
          .map((message) => `${result.filePath}:${message.line}`),
      ),
    );
    expect(fixableLines.size).toBeGreaterThan(0);

    await cli(['--fix', '.'], root);
    const after = filesOf(root);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changedLines: string[] = [];
    for (const [path, bytes] of after) {
      const old = before.get(path)?.toString('utf8').split('\n') ?? [];
      const now = bytes.toString('utf8').split('\n');
      expect([path, now.length]).toEqual([path, old.length]);
      now.forEach((line, index) => {
        if (line !== old[index]) changedLines.push(`${path}:${index + 1}`);
      });
    }
    expect(changedLines.length).toBeGreaterThan(0);
    expect(changedLines.filter((line) => !fixableLines.has(line))).toEqual([]);

    const again = await lintFiles(['.'], { cwd: root });
    expect(again.results.flatMap((result) => result.messages.filter((message) => message.fix))).toEqual([]);
    await cli(['--fix', '.'], root);
    expect(filesOf(root)).toEqual(after);
  }, 300_000);
});
