import { readdirSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { lintTexts } from '../src/engine/lint.ts';
import { ruleNames } from '../src/rule-api/registry.ts';
import { onlyRuleWith } from './helpers/config.ts';
import { type DocExample, readDocExamples } from './helpers/rule-docs.ts';

const docsFolder = new URL('../docs/rules/', import.meta.url);
const docPages = readdirSync(docsFolder).filter((name) => name.endsWith('.md'));

test('every rule has a docs page and every docs page a rule', () => {
  expect(docPages.map((name) => name.replace(/\.md$/, '')).sort()).toEqual([...ruleNames].sort());
});

describe.each(docPages)('docs/rules/%s examples', (docPage) => {
  const rule = docPage.replace(/\.md$/, '');
  const examples = readDocExamples(new URL(docPage, docsFolder).pathname);

  test('has passing and failing examples', () => {
    expect(examples.some((example) => example.valid)).toBe(true);
    expect(examples.some((example) => !example.valid)).toBe(true);
  });

  const named = examples.map((example, index): [string, DocExample] => [
    `${index + 1}. ${example.valid ? '✅' : '❌'} ${example.heading}`,
    example,
  ]);
  test.each(named)('%s', async (_name, example) => {
    expect(example.files.length).toBeGreaterThan(0);
    const run = await lintTexts(example.files, {
      config: onlyRuleWith(rule, example.config),
      cwd: '/ladder',
    });
    const several = example.files.length > 1;
    const found = run.results.flatMap((result) =>
      result.messages.map((message) => {
        const place = `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
        const suggestions = message.expected ? ` [${message.expected.join(' | ')}]` : '';
        expect(message.ruleId).toBe(rule);
        return `${several ? `${result.filePath}:` : ''}${place}: ${message.message}${suggestions}`;
      }),
    );
    expect(found).toEqual(example.valid ? [] : example.expected);
  });
});
