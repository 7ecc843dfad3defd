/**
 * ladder-spelling: the prose of a page is spelled correctly. Spelling is cspell's (cspell-lib),
 * with its English and software dictionaries, the words of the ladder-lint config and those of a
 * `cspell.json` the repository already has. Docs and examples: docs/rules/ladder-spelling.md.
 */
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { location } from 'vfile-location';
import { ladderContext } from '../src/rule-context.ts';
import { ruleMeta } from '../src/rule-meta.ts';
import { findMojibake } from '../src/text/mojibake.ts';
import { proseLines } from '../src/text/prose.ts';
import { spellCheckerFor } from '../src/text/spelling.ts';

const wordCharacter = /[\p{L}\p{M}'’-]/u;

/** The whole hyphenated word around `offset`, such as "post-mortems" around "mortems". */
function hyphenatedWordAt(text: string, offset: number, length: number): string {
  let start = offset;
  let end = offset + length;
  while (start > 0 && wordCharacter.test(text[start - 1] ?? '')) start--;
  while (end < text.length && wordCharacter.test(text[end] ?? '')) end++;
  return trimWordPunctuation(text.slice(start, end));
}

/** Past this many, a page is more likely in another language than full of typos. */
const maximumPerPage = 100;

/** No word is this long: such a run is a hash, a URL fragment or garbage, and slow to check. */
const longestWord = 45;

/** Blanks runs of letters too long to be words, keeping every other offset as it was. */
function withoutLongTokens(text: string): string {
  let result = '';
  let runStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !/\s/.test(text[index] ?? '')) continue;
    const run = text.slice(runStart, index);
    result += run.length > longestWord ? ' '.repeat(run.length) : run;
    if (index < text.length) result += text[index];
    runStart = index + 1;
  }
  return result;
}

const wordPunctuation = new Set(["'", '’', '-']);

/** Apostrophes and hyphens at either end belong to the sentence, not the word. */
function trimWordPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && wordPunctuation.has(word[start] ?? '')) start++;
  while (end > start && wordPunctuation.has(word[end - 1] ?? '')) end--;
  return word.slice(start, end);
}

const ladderSpelling = lintRule<Root>(ruleMeta('ladder-spelling'), async (tree, file) => {
  const { config } = ladderContext(tree, file);
  const source = String(file.value);
  // Line by line, as cspell reads directives such as `cspell:ignore` up to the end of their line.
  let prose = proseLines(tree, source);
  // Mis-decoded characters are ladder-mojibake's finding; here they would only look like typos.
  for (const match of findMojibake(prose))
    prose =
      prose.slice(0, match.index) +
      ' '.repeat(match.text.length) +
      prose.slice(match.index + match.text.length);
  // The page's own folder decides which cspell.json applies; a path may be relative or absolute.
  const checker = await spellCheckerFor(resolve(file.cwd, file.path || 'page.md'), config.spelling);
  const place = location(file);
  let reported = 0;
  const misspellings = (await checker.check(withoutLongTokens(prose))).filter(
    // Acronyms (SIEM, SIRP) are names of things, as Word and most checkers assume by default.
    (misspelling) => misspelling.word !== misspelling.word.toUpperCase(),
  );
  for (const misspelling of misspellings) {
    if (reported === maximumPerPage) {
      const more = misspellings.length - maximumPerPage;
      file.message(
        `${more} more words on this page look misspelled and are not listed one by one. Is the page written in ${config.spelling.language}? Set "spelling.language" in the ladder-lint config if not.`,
        { place: place.toPoint(misspelling.offset) },
      );
      break;
    }
    const suggestions = checker.suggest(misspelling.word).slice();
    const compound = hyphenatedWordAt(prose, misspelling.offset, misspelling.word.length);
    // "post-mortems" is one word to a reader; only flag it if its parts joined are unknown too.
    const knownCompound = (word: string) => checker.knows(word) || checker.knows(word.replaceAll('-', ''));
    if (compound.includes('-') && knownCompound(compound)) continue;
    // In "fune-tuning", "fine" makes a known compound and "fane" does not: offer it first.
    if (compound.includes('-')) {
      const makesWord = (suggestion: string) => knownCompound(compound.replace(misspelling.word, suggestion));
      suggestions.sort((a, b) => Number(makesWord(b)) - Number(makesWord(a)));
    }
    const start = place.toPoint(misspelling.offset);
    const end = place.toPoint(misspelling.offset + misspelling.word.length);
    if (!start || !end) continue;
    const [best] = suggestions;
    reported++;
    const message = file.message(
      `"${misspelling.word}" looks misspelled${best ? `; did you mean "${best}"?` : '.'} If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.`,
      { place: { start, end } },
    );
    message.actual = misspelling.word;
    message.expected = suggestions;
  }
});

export default ladderSpelling;
