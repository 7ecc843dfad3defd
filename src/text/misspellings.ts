/**
 * The misspelled words of a page's prose, as the ladder-spelling rule reports them. This runs
 * beside the dictionaries (in the spelling worker), so that the rule gets its answer in one trip.
 */
import type { ResolvedSpelling } from '../config/types.ts';
import { type SpellChecker, spellCheckerFor } from './spelling.ts';

export interface FoundMisspelling {
  /** Offset in the prose, in UTF-16 code units. */
  offset: number;
  word: string;
  /** Best first; at most three. */
  suggestions: string[];
}

export interface PageMisspellings {
  misspellings: FoundMisspelling[];
  /** Misspellings past the limit: how many, and where the first of them is. */
  more?: { count: number; offset: number };
}

const wordCharacter = /[\p{L}\p{M}'’-]/u;

/** The whole hyphenated word around `offset`, such as "post-mortems" around "mortems". */
function hyphenatedWordAt(text: string, offset: number, length: number): string {
  let start = offset;
  let end = offset + length;
  while (start > 0 && wordCharacter.test(text[start - 1] ?? '')) start--;
  while (end < text.length && wordCharacter.test(text[end] ?? '')) end++;
  return trimWordPunctuation(text.slice(start, end));
}

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

/**
 * Different words per page that get suggestions: a search is tens of milliseconds, and a page of
 * fifty unknown names took seconds. Which words these are depends on the page alone.
 */
export const suggestedWordsPerPage = 10;

/**
 * Up to `limit` misspellings of `prose` with their suggestions: suggestions cost a dictionary
 * search each, so a page in another language stops at the limit with a count of the rest, and
 * gets no suggestions: it is more likely written in another language than full of typos, and the
 * English dictionary's guesses for its words would only be noise (ten searches for made-up words
 * took half a second).
 */
export async function findMisspellings(
  pagePath: string,
  spelling: ResolvedSpelling,
  prose: string,
  limit: number,
): Promise<PageMisspellings> {
  const checker = await spellCheckerFor(pagePath, spelling);
  const candidates = (await checker.check(withoutLongTokens(prose))).filter(
    // Acronyms (SIEM, SIRP) are names of things, as Word and most checkers assume by default.
    (misspelling) => misspelling.word !== misspelling.word.toUpperCase(),
  );
  const found: Array<{ offset: number; word: string; compound: string }> = [];
  let more: PageMisspellings['more'];
  for (const { offset, word } of candidates) {
    if (found.length === limit) {
      more = { count: candidates.length - limit, offset };
      break;
    }
    const compound = hyphenatedWordAt(prose, offset, word.length);
    // "post-mortems" is one word to a reader; only flag it if its parts joined are unknown too.
    if (compound.includes('-') && knownCompound(checker, compound)) continue;
    found.push({ offset, word, compound });
  }
  if (more)
    return { misspellings: found.map(({ offset, word }) => ({ offset, word, suggestions: [] })), more };
  const searched = new Set<string>();
  const misspellings = found.map(({ offset, word, compound }): FoundMisspelling => {
    // A search costs tens of milliseconds: past the first few words of a page, none is offered.
    if (searched.size < suggestedWordsPerPage) searched.add(word);
    const suggestions = searched.has(word) ? checker.suggest(word).slice() : [];
    // In "fune-tuning", "fine" makes a known compound and "fane" does not: offer it first.
    if (compound.includes('-')) {
      const makesWord = (suggestion: string) => knownCompound(checker, compound.replace(word, suggestion));
      suggestions.sort((a, b) => Number(makesWord(b)) - Number(makesWord(a)));
    }
    return { offset, word, suggestions };
  });
  return { misspellings };
}

function knownCompound(checker: SpellChecker, candidate: string): boolean {
  return checker.knows(candidate) || checker.knows(candidate.replaceAll('-', ''));
}
