// Writes what is derived from the rule files and the configuration schema, so that adding a rule
// means writing its file and its docs page and nothing else:
// - src/rule-api/rule-list.ts, the list of the files in rules/;
// - src/rule-api/rule-metas.ts, every rule's meta as data, for what must not load the rules;
// - schema.json, the configuration schema with each rule's options;
// - the rule table in README.md, between its `rules:start` and `rules:end` markers;
// - src/text/british-only-words.ts, the British spellings ladder-mixed-spelling compares, taken from
//   the installed English dictionaries, so that a run need not load the British one.
// `node scripts/write-derived.ts --check` writes nothing and fails if any of them is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const stale: string[] = [];

function write(path: string, text: string): void {
  const url = new URL(path, root);
  let current: string | undefined;
  try {
    current = readFileSync(url, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return;
  if (check) stale.push(path);
  else writeFileSync(url, text);
}

const identifier = (id: string) => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
const ids = readdirSync(new URL('rules/', root))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();

write(
  'src/rule-api/rule-list.ts',
  [
    '// Written by scripts/write-derived.ts from the files in rules/ (`npm run derive`): do not edit.',
    ...ids.map((id) => `import ${identifier(id)} from '../../rules/${id}.ts';`),
    '',
    `export const ruleList = [${ids.map(identifier).join(', ')}];`,
    '',
  ].join('\n'),
);

// Imported after the list is written, so that a rule added a moment ago is in the schema.
const { configSchemaWithRules } = await import('../src/config/rule-schema.ts');
const { allRules } = await import('../src/rule-api/registry.ts');
write(
  'src/rule-api/rule-metas.ts',
  [
    "// Written by scripts/write-derived.ts from the rules' definitions (`npm run derive`): do not edit.",
    "// Every rule's meta as data, for what must not load the rules (and the Markdown parser, the",
    '// dictionaries and the rest they import): the configuration loader, the default severities and',
    '// the reporters of a run whose pages all come from the cache (see src/engine/lint.ts).',
    "import type { RuleMeta, RuleUrls } from './define-rule.ts';",
    '',
    `export const ruleMetaList: ReadonlyArray<RuleMeta & RuleUrls> = ${JSON.stringify(
      allRules.map((rule) => rule.meta),
      null,
      2,
    )};`,
    '',
  ].join('\n'),
);
write(
  'schema.json',
  `${JSON.stringify(configSchemaWithRules(allRules.map((rule) => rule.meta)), null, 2)}\n`,
);

const scopes = { page: 'page', track: 'track', ladder: 'ladder' } as const;
const table = [
  '| rule | what it checks | compares | default | fix |',
  '| --- | --- | --- | --- | --- |',
  ...allRules.map(
    ({ meta }) =>
      `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.description.replaceAll('|', '\\|')} | ${scopes[meta.scope]} | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : ''} |`,
  ),
].join('\n');
const readme = readFileSync(new URL('README.md', root), 'utf8');
const markers = /(<!-- rules:start[^>]*-->\n)[\s\S]*?(<!-- rules:end -->)/;
if (!markers.test(readme))
  throw new Error('README.md has no <!-- rules:start --> … <!-- rules:end --> markers.');
write(
  'README.md',
  readme.replace(markers, (_, start: string, end: string) => `${start}${table}\n${end}`),
);

// The British dictionary's own word list: the only words that can be British and not American.
const { britishOnlyWords, dictionaryFor } = await import('../src/text/english-variants.ts');
const [american, british] = await Promise.all([dictionaryFor('en'), dictionaryFor('en-GB')]);
type WithTrie = { name: string; trie?: { words(): Iterable<string> } };
const britishTrie = (british.dictionaries as WithTrie[]).find(({ name }) => name === 'en-gb')?.trie;
if (!britishTrie) throw new Error('cspell-lib loaded no "en-gb" dictionary with a word list.');
write(
  'src/text/british-only-words.ts',
  [
    '// Written by scripts/write-derived.ts from the installed cspell English dictionaries (`npm run derive`):',
    '// the words that may be the British side of a spelling pair (english-variants.ts), British only.',
    `export const britishOnly = ${JSON.stringify(britishOnlyWords(britishTrie.words(), american, british).join('\n'))};`,
    '',
  ].join('\n'),
);

if (stale.length > 0) {
  console.error(`Out of date: ${stale.join(', ')}. Run "npm run derive" and commit the result.`);
  process.exit(1);
}
