import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { lintFiles } from '../src/engine/lint.ts';
import type { LintRun } from '../src/findings/types.ts';
import { repoRoot } from './helpers/cli.ts';

// The real ladder lives beside the repository (never copied into it); CI has it there too.
const corpus = `${repoRoot}/../shared/corpora/octopus-people`;
const describeCorpus = existsSync(corpus) ? describe : describe.skip;

const textRules = new Set([
  'ladder-spelling',
  'ladder-doubled-word',
  'ladder-mojibake',
  'ladder-mixed-spelling',
  'ladder-emoji-style',
  'ladder-grammar',
  'ladder-typography',
]);

describeCorpus('the reference ladder with no configuration file', () => {
  // Linted once, before the tests (a skipped suite does not start it). Loading the dictionaries and
  // checking 54 pages takes a minute on a busy machine: more than one test's time.
  let run: Awaited<ReturnType<typeof lintFiles>> | undefined;
  beforeAll(async () => {
    run = await lintFiles(['.'], { cwd: corpus });
  }, 300_000);
  const findingsOf = async (keep: (ruleId: string) => boolean) =>
    (run as LintRun).results.flatMap((result) =>
      result.messages
        .filter((message) => keep(message.ruleId))
        .map((message) => ({ ...message, filePath: result.filePath })),
    );

  test('reports its real structural defects and nothing on its well-formed pages', async () => {
    const findings = (await findingsOf((ruleId) => !textRules.has(ruleId))).map(
      (message) => `${message.filePath}:${message.line} ${message.ruleId}`,
    );
    expect(findings).toEqual([
      'Customer-Success/L2-Junior-Customer-Success-Manager:1 ladder-sections',
      'Customer-Success/L2-Junior-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L2-Junior-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L2-Junior-Customer-Success-Manager:6 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L2-Junior-Customer-Success-Manager:15 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L2-Junior-Customer-Success-Manager:24 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L3-Customer-Success-Manager:1 ladder-sections',
      'Customer-Success/L3-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L3-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L3-Customer-Success-Manager:8 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L3-Customer-Success-Manager:22 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L3-Customer-Success-Manager:33 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L4-Senior-Customer-Success-Manager:1 ladder-sections',
      'Customer-Success/L4-Senior-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L4-Senior-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L4-Senior-Customer-Success-Manager:7 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L4-Senior-Customer-Success-Manager:15 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Customer-Success/L4-Senior-Customer-Success-Manager:22 ladder-heading-style', // "***Core Competencies" and the like: unclosed stars shown, not a heading
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:5 ladder-metadata',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:10 ladder-track-consistency',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:24 ladder-section-content',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:38 ladder-section-content',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:56 ladder-section-content',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:64 ladder-section-content',
      'Engineering/Cloud-Engineering/README.md:1 ladder-track-index',
      'Engineering/Cloud-Engineering/README.md:30 ladder-links',
      'Engineering/Cloud-Engineering/README.md:34 ladder-links',
      'Engineering/Data-Engineering/L2-Data-Engineer.md:19 ladder-section-content',
      'Engineering/Data-Engineering/L2-Data-Engineer.md:32 ladder-section-content',
      'Engineering/Data-Engineering/README.md:24 ladder-links',
      'Engineering/Engineering-Management/L4-Engineering-Manager.md:1 ladder-title', // "# L4 Engineering Manager" lacks the colon every other title has
      'Engineering/Engineering-Management/L4-Engineering-Manager.md:17 ladder-track-consistency',
      'Engineering/Engineering-Management/L5-Senior-Engineering-Manager.md:1 ladder-title', // the same missing colon
      'Engineering/Engineering-Management/L6-Director-of-Engineering.md:1 ladder-title', // the same missing colon
      'Engineering/Levels-Maturity-And-Performance-Reviews.md:1 ladder-heading-style', // the page starts with "##": it has no title
      'Engineering/Site-Reliability-Engineering/README.md:24 ladder-links',
      'Engineering/Software-Engineering/L5-Principal-Software-Engineer.md:5 ladder-metadata',
      'Engineering/Software-Engineering/L6-Senior-Principal-Software-Engineer.md:8 ladder-metadata',
      'Engineering/Software-Engineering/README.md:1 ladder-track-index',
      'Engineering/Software-Engineering/README.md:27 ladder-links',
      'Marketing.md:7 ladder-heading-style', // a bold line over a list stands in for a "###" heading
      'Marketing.md:14 ladder-heading-style', // a bold line over a list stands in for a "###" heading
      'Marketing.md:22 ladder-heading-style', // a bold line over a list stands in for a "###" heading
      'Marketing.md:29 ladder-heading-style', // a bold line over a list stands in for a "###" heading
      'Security-Operations/Management/L5-Senior-Security-Operations-Manager.md:1 ladder-title', // the same missing colon
      'Security-Operations/README.md:39 ladder-links',
    ]);
  });

  test('reports its real misspellings, and names only where a config would list them', async () => {
    const words = (await findingsOf((ruleId) => ruleId === 'ladder-spelling')).map(
      (message) =>
        `${message.filePath}:${message.line} ${/^"([^"]+)"/.exec(message.message)?.[1]} → ${message.expected?.[0]}${message.severity === 1 ? ' (warning)' : ''}`,
    );
    // Typos: effectivly, succesful, ambigious ×3, unfamilar, undestanding, inefficiences ×2, fune(-tuning),
    // rectifiy. Names a user adds to "spelling.words" once, warnings rather than errors as they are
    // capitalised mid-sentence: Octonauts, Stovell, Readify, Bugcrowd, Codefresh (no word is near
    // enough to the last two to be worth guessing).
    expect(words).toEqual([
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:18 effectivly → effectively',
      'Engineering/Data-Engineering/L3-Senior-Data-Engineer.md:64 succesful → successful',
      'Engineering/Data-Engineering/L4-Lead-Data-Engineer.md:3 ambigious → ambiguous',
      'Engineering/Data-Engineering/L4-Lead-Data-Engineer.md:8 ambigious → ambiguous',
      'Engineering/Data-Engineering/L4-Lead-Data-Engineer.md:33 unfamilar → unfamiliar',
      'Engineering/Engineering-Management/L6-Director-of-Engineering.md:19 Octonauts → Oceanauts (warning)',
      'Engineering/Software-Engineering/L5-Principal-Software-Engineer.md:32 ambigious → ambiguous',
      'Everyone.md:3 Stovell → Stowell (warning)',
      'Marketing.md:5 undestanding → understanding',
      'README.md:79 Readify → Readily (warning)',
      'README.md:81 Readify → Readily (warning)',
      'README.md:95 Readify → Readily (warning)',
      'Security-Operations/Security-Analyst/L2-Security-Analyst.md:65 Bugcrowd → undefined (warning)',
      'Security-Operations/Security-Analyst/L3-Senior-Security-Analyst.md:22 Bugcrowd → undefined (warning)',
      'Security-Operations/Security-Analyst/L4-Security-Analyst-Technical-Lead.md:18 inefficiences → inefficiencies',
      'Security-Operations/Security-Analyst/L4-Security-Analyst-Technical-Lead.md:26 fune → fine',
      'Security-Operations/Security-Analyst/L4-Security-Analyst-Technical-Lead.md:27 rectifiy → rectify',
      'Security-Operations/Security-Engineer/L3-Senior-Security-Engineer.md:25 Bugcrowd → undefined (warning)',
      'Security-Operations/Security-Engineer/L4-Security-Engineer-Technical-Lead.md:18 inefficiences → inefficiencies',
      'Support/L1-Junior-DevOps-Support-Engineer.md:27 Codefresh → undefined (warning)',
    ]);
  });

  test('reports the one non-breaking space and no doubled word', async () => {
    const found = (
      await findingsOf((ruleId) => ruleId === 'ladder-mojibake' || ruleId === 'ladder-doubled-word')
    ).map((message) => `${message.filePath}:${message.line}:${message.column} ${message.ruleId}`);
    expect(found).toEqual(['Engineering/Data-Engineering/L4-Lead-Data-Engineer.md:60:92 ladder-mojibake']);
  });

  test('reports the grammar and typography slips people fix by hand, each one real', async () => {
    const found = (
      await findingsOf((ruleId) => ruleId === 'ladder-grammar' || ruleId === 'ladder-typography')
    ).map((message) => `${message.filePath}:${message.line}:${message.column} ${message.expected?.[0]}`);
    expect(found).toEqual([
      // "Self plus some team mates": one word, as dictionaries write it.
      'Engineering/Data-Engineering/L2-Data-Engineer.md:6:37 teammates',
      // "a analytical problem solver".
      'Engineering/Data-Engineering/L4-Lead-Data-Engineer.md:3:42 an analytical',
      'Engineering/Site-Reliability-Engineering/L2-Site-Reliability-Engineer.md:6:37 teammates',
      // "my team\'s systems": a backslash left from copying out of code.
      "Engineering/Site-Reliability-Engineering/L3-Senior-Site-Reliability-Engineer.md:14:67 '",
      // "in terms of::".
      'Engineering/Site-Reliability-Engineering/README.md:3:94 :',
      'Engineering/Software-Engineering/L2-Software-Engineer.md:6:37 teammates',
      // "team-oriented  person": two spaces inside a heading.
      'Everyone.md:22:33 team-oriented person',
      // The file starts with a UTF-8 byte-order mark (no suggestion: the fix is saving without it).
      'README.md:1:1 undefined',
      // "work out a improvement plan".
      'README.md:45:118 an improvement',
      // "read as a either a narrative": a stray article; the finding points at it.
      'README.md:86:27 an either',
      // "keep stake holders engaged".
      'Solutions.md:24:41 stakeholders',
      // "I am a Octopus Deploy / Continuous Delivery expert".
      'Solutions.md:48:8 an Octopus',
    ]);
  });

  test('flags the shortcode headings of the management track against the emoji everywhere else', async () => {
    const found = await findingsOf((ruleId) => ruleId === 'ladder-emoji-style');
    expect(new Set(found.map((message) => message.filePath))).toEqual(
      new Set([
        'Engineering/Engineering-Management/L4-Engineering-Manager.md',
        'Engineering/Engineering-Management/L5-Senior-Engineering-Manager.md',
        'Engineering/Engineering-Management/L6-Director-of-Engineering.md',
      ]),
    );
    expect(found).toHaveLength(9);
  });

  test('asks once to choose a variant, and flags only pages that mix against their own spelling', async () => {
    const found = (await findingsOf((ruleId) => ruleId === 'ladder-mixed-spelling')).map((message) => {
      const word = /^"([^"]+)"/.exec(message.message)?.[1];
      return `${message.filePath}:${message.line} ${word ? `${word} → ${message.expected?.[0]}` : message.message}`;
    });
    // 98 British and 84 American words: the ladder is split (less than two in three), so it is asked
    // once to choose, and every page below writes mostly British, as the ladder does, yet mixes in:
    expect(found).toEqual([
      // "organised", "analysed" elsewhere on this page (visualisation, organisation, behaviour).
      'Engineering/Data-Engineering/L3-Senior-Data-Engineer.md:64 organized → organised',
      'Engineering/Data-Engineering/L3-Senior-Data-Engineer.md:84 analyzed → analysed',
      // The page writes "organisation" four times and "organization" twice.
      'Engineering/Data-Engineering/L4-Lead-Data-Engineer.md:33 organization → organisation',
      'Engineering/Data-Engineering/L4-Lead-Data-Engineer.md:74 organization → organisation',
      // The page writes "organisational" and "organizational" both.
      'Engineering/Engineering-Management/L5-Senior-Engineering-Manager.md:12 organizational → organisational',
      // Among "Summarising", "standardise", "behaviours", "realises".
      'Engineering/Levels-Maturity-And-Performance-Reviews.md:46 recognize → recognise',
      // Among "recognised" and "behaviour" on the same page.
      'Engineering/Site-Reliability-Engineering/L3-Senior-Site-Reliability-Engineer.md:80 analyzed → analysed',
      // The page also writes "organisation".
      'Engineering/Site-Reliability-Engineering/L4-Lead-Site-Reliability-Engineer.md:30 organization → organisation',
      // Among "prioritise", "recognised", "behaviour".
      'Engineering/Software-Engineering/L3-Senior-Software-Engineer.md:83 analyzed → analysed',
      // Five "prioritize" on a page that writes "organisation", "analysing", "behaviours", "evangelise".
      'Product.md:5 prioritize → prioritise',
      'Product.md:18 prioritize → prioritise',
      'Product.md:106 prioritize → prioritise',
      'Product.md:147 prioritize → prioritise',
      'Product.md:155 prioritize → prioritise',
      // The one finding that asks the maintainers to choose, with both counts.
      'README.md:1 This ladder mixes British (98 words) and American (84) spelling. Choose one: set spelling.variant to "en-GB" or "en-US".',
    ]);
  });
});

const seeds = `${repoRoot}/../shared/seeds`;
const describeSeeds = existsSync(seeds) ? describe : describe.skip;

describeSeeds('the two seed pages, saved as L4 and L2 of one track', () => {
  test('give exactly their seeded defects', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-seeds-'));
    mkdirSync(join(root, 'Security-Engineer'));
    copyFileSync(
      `${seeds}/000_e027cb7c7baa45bb.txt`,
      join(root, 'Security-Engineer/L4-Security-Engineer-Technical-Lead.md'),
    );
    copyFileSync(
      `${seeds}/001_1f1650ef3f778b83.txt`,
      join(root, 'Security-Engineer/L2-Security-Engineer.md'),
    );
    const { results } = await lintFiles(['.'], { cwd: root });
    const findings = results.flatMap((result) =>
      result.messages.map(
        (message) => `${result.filePath.replace('Security-Engineer/', '')}:${message.line} ${message.ruleId}`,
      ),
    );
    expect(findings).toEqual([
      'L2-Security-Engineer.md:10 ladder-mojibake',
      'L2-Security-Engineer.md:15 ladder-mixed-spelling',
      'L2-Security-Engineer.md:26 ladder-mojibake',
      'L2-Security-Engineer.md:40 ladder-mojibake',
      'L2-Security-Engineer.md:55 ladder-mojibake',
      'L4-Security-Engineer-Technical-Lead.md:10 ladder-mojibake',
      'L4-Security-Engineer-Technical-Lead.md:18 ladder-spelling',
      'L4-Security-Engineer-Technical-Lead.md:29 ladder-mojibake',
      'L4-Security-Engineer-Technical-Lead.md:32 ladder-doubled-word',
      'L4-Security-Engineer-Technical-Lead.md:49 ladder-mojibake',
      'L4-Security-Engineer-Technical-Lead.md:71 ladder-lost-list-marker',
      'L4-Security-Engineer-Technical-Lead.md:75 ladder-mojibake',
    ]);
  });
});
