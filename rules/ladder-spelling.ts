/**
 * ladder-spelling: the prose of a page is spelled correctly. Spelling is cspell's (cspell-lib),
 * with its English and software dictionaries, the words of the ladder-lint config and those of a
 * `cspell.json` the repository already has. Docs and examples: docs/rules/ladder-spelling.md.
 */
import { resolve } from 'node:path';
import { attachSuggestions, fixOf } from '../src/findings/fix.ts';
import { positions } from '../src/text/positions.ts';
import { ladderContext } from '../src/rule-api/context.ts';
import { withExtras } from '../src/rule-api/helpers.ts';
import { barrier, proseMask, spellableProse } from '../src/text/prose.ts';
import type { ResolvedConfig } from '../src/config/types.ts';
import { misspellingsOf, prepareSpelling } from '../src/text/spelling-service.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

/** Past this many, a page is more likely in another language than full of typos. */
const maximumPerPage = 100;

const capitalised = (word: string) => /^\p{Lu}/u.test(word);
/** "GitLab", "iPhone", "PagerDuty": a capital inside a word is how products are named. */
const camelCase = (word: string) => /\p{Ll}\p{Lu}/u.test(word);

/**
 * Whether the word at `offset` opens a sentence, where any word is capitalised: nothing but
 * spaces, quotes, brackets and markup between it and the start of its block (a paragraph, list
 * item, heading or table cell) or the end of the sentence before.
 */
function opensSentence(mask: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && /[\s"'“‘([*_]/u.test(mask[index] ?? '')) index--;
  return index < 0 || mask[index] === barrier || /[.!?:;]/.test(mask[index] ?? '');
}

const ladderSpelling = definePageRule(
  {
    id: 'ladder-spelling',
    description: 'The prose of a page is spelled correctly.',
    defaultSeverity: 'error',
    scope: 'page',
  },
  async (tree, file) => {
    const { config } = ladderContext(tree, file);
    const source = String(file.value);
    // Line by line, as cspell reads directives such as `cspell:ignore` up to the end of their line.
    const prose = spellableProse(tree, source);
    // The page's own folder decides which cspell.json applies; a path may be relative or absolute.
    const { misspellings, more } = await misspellingsOf(
      resolve(file.cwd, file.path || 'page.md'),
      config.spelling,
      prose,
      maximumPerPage,
    );
    const place = positions(file);
    const mask = proseMask(tree, source);
    const usesOf = (word: string) =>
      misspellings.filter((misspelling) => misspelling.word.toLowerCase() === word.toLowerCase());
    // A name (a person, a company, a product) is not a typo: capitalised mid-sentence, written in
    // CamelCase, or capitalised every time the page uses it. It is only a warning, that says so.
    const looksLikeName = (word: string) => {
      if (!capitalised(word) && !camelCase(word)) return false;
      const uses = usesOf(word);
      return (
        camelCase(word) ||
        uses.some((use) => capitalised(use.word) && !opensSentence(mask, use.offset)) ||
        (uses.length > 1 && uses.every((use) => capitalised(use.word)))
      );
    };
    for (const { offset, word, suggestions } of misspellings) {
      const start = place.toPoint(offset);
      const end = place.toPoint(offset + word.length);
      if (!start || !end) continue;
      const [best] = suggestions;
      const name = looksLikeName(word);
      const message = file.message(
        name
          ? `"${word}" is not in the dictionary${best ? `; did you mean "${best}"?` : '.'} If this is a name, add it to "spelling.words" in the ladder-lint config.`
          : `"${word}" looks misspelled${best ? `; did you mean "${best}"?` : '.'} If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.`,
        { place: { start, end } },
      );
      message.actual = word;
      message.expected = suggestions;
      // Never a fix: only the writer knows which word was meant.
      attachSuggestions(
        message,
        suggestions.map((suggestion) => {
          const fix = fixOf(source, [offset, offset + word.length], suggestion, word);
          return { desc: `Replace "${word}" with "${suggestion}".`, ...(fix ? { fix } : {}) };
        }),
      );
      if (name) withExtras(message, { warning: true });
    }
    if (more)
      file.message(
        `${more.count} more words on this page look misspelled and are not listed one by one. Is the page written in ${config.spelling.language}? Set "spelling.language" in the ladder-lint config if not.`,
        { place: place.toPoint(more.offset) },
      );
  },
);

/** The dictionaries load while the first pages are parsed, not when the first page asks. */
export function prepare(config: ResolvedConfig, folder: string): void {
  prepareSpelling(folder, config.spelling);
}

export default ladderSpelling;
