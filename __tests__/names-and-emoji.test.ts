import { expect, test } from '@jest/globals';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintTexts } from '../src/engine/lint.ts';
import { ruleNames } from '../src/rule-api/registry.ts';

/** Only `rule` on, as an error: a finding that comes out as a warning was made one on purpose. */
const asError = (rule: string) =>
  mergeConfig(
    { rules: { ...Object.fromEntries(ruleNames.map((name) => [name, 'off' as const])), [rule]: 'error' } },
    '',
    [],
  );

const lint = async (rule: string, text: string) =>
  (await lintTexts([{ path: 'L2-Platform-Engineer.md', text }], { config: asError(rule), cwd: '/ladder' }))
    .results[0]?.messages ?? [];

test('an unknown word that looks like a name is a warning that says how to add it; a lowercase typo stays an error', async () => {
  const messages = await lint(
    'ladder-spelling',
    [
      '# L2: Platform Engineer',
      '',
      '- We triage reports from Bugcrowd every week.',
      '- Ambigious requests are clarified, and we recieve feedback.',
      '- Zorblax runs the pipelines.',
      '- Zorblax keeps them green.',
      '- PagerDutty pages us.',
      '',
    ].join('\n'),
  );
  expect(messages.map((message) => [message.line, message.severity, message.message])).toEqual([
    [
      3,
      1,
      '"Bugcrowd" is not in the dictionary. If this is a name, add it to "spelling.words" in the ladder-lint config.',
    ],
    // Capitalised only because it opens the sentence, and used once: a typo.
    [
      4,
      2,
      '"Ambigious" looks misspelled; did you mean "Ambiguous"? If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.',
    ],
    [
      4,
      2,
      '"recieve" looks misspelled; did you mean "receive"? If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.',
    ],
    // At the start of two sentences, but capitalised every time the page uses it.
    [5, 1, expect.stringMatching(/^"Zorblax" is not in the dictionary\. If this is a name/)],
    [6, 1, expect.stringMatching(/^"Zorblax" is not in the dictionary\. If this is a name/)],
    // The spell checker reads CamelCase in parts; a capitalised part inside a word is no sentence start.
    [
      7,
      1,
      '"Dutty" is not in the dictionary; did you mean "Duty"? If this is a name, add it to "spelling.words" in the ladder-lint config.',
    ],
  ]);
});

test('valid emoji sequences are never invisible characters; a stray joiner or VS16 still is', async () => {
  const valid = '🕵🏽‍♂️ 🏳️‍🌈 👩🏽‍💻 👨‍👩‍👧 ❤️ ☺️ 1️⃣ #️⃣ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🇬🇧 🏳‍🌈';
  const messages = await lint(
    'ladder-mojibake',
    `# L2: Platform Engineer\n\n- Valid: ${valid}.\n- Stray: a\u200Db, x\uFE0F, 👍\u200D end, \u200D👍.\n`,
  );
  expect(messages.map((message) => `${message.line}:${message.column} ${message.message}`)).toEqual([
    '4:11 An invisible zero-width joiner (U+200D) is here. It breaks search and spell checking. Delete it.',
    '4:16 An invisible emoji variation selector (U+FE0F), outside any emoji, is here. It breaks search and spell checking. Delete it.',
    '4:21 An invisible zero-width joiner (U+200D) is here. It breaks search and spell checking. Delete it.',
    '4:28 An invisible zero-width joiner (U+200D) is here. It breaks search and spell checking. Delete it.',
  ]);
});
