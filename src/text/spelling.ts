import { dirname } from 'node:path';
import {
  CompoundWordsMethod,
  type CSpellSettings,
  createTextDocument,
  DocumentValidator,
  getDictionary,
  mergeSettings,
  searchForConfig,
  type SpellingDictionaryCollection,
} from 'cspell-lib';
import type { ResolvedSpelling } from '../config/types.ts';
import { commonMisspellings, withoutCommonMisspellings } from './common-misspellings.ts';
import { ladderWords } from './ladder-words.ts';
import { cspellLanguage } from './spelling-languages.ts';
import { withCapitalsOf } from './match-case.ts';

export interface Misspelling {
  /** Offset in the checked text, in UTF-16 code units. */
  offset: number;
  word: string;
}

export interface SpellChecker {
  check(text: string): Promise<Misspelling[]>;
  /** Up to three corrections, best first; worked out once per word for the whole run. */
  suggest(word: string): string[];
  /** True when the dictionaries in use know the word. */
  knows(word: string): boolean;
}

/**
 * cspell stops a search after `timeout` ms (1 s by default), so a busy machine found fewer
 * suggestions and two runs differed. No clock decides a finding here: the search is bounded by
 * work alone (numChanges below, and no word longer than misspellings.ts lets through).
 */
const noTimeLimit = Number.POSITIVE_INFINITY;

/**
 * cspell's cost of about two edits. Guesses further away ("Burrow" for "Bugcrowd", a company's
 * name) read as noise: the finding then only says the word is unknown.
 */
const farthestSuggestion = 200;

// Keyed by the repository's cspell settings (one object per file found), then by ours.
const checkers = new Map<CSpellSettings | undefined, Map<string, Promise<SpellChecker>>>();
const repositorySettings = new Map<string, Promise<CSpellSettings | undefined>>();

/** The `cspell.json` / `cspell.config.*` nearest to a folder, read once per folder. */
function cspellSettingsFor(folder: string): Promise<CSpellSettings | undefined> {
  let found = repositorySettings.get(folder);
  if (!found) {
    found = searchForConfig(`${folder}/`).catch(() => undefined);
    repositorySettings.set(folder, found);
  }
  return found;
}

/**
 * The spell checker for a page: dictionaries are loaded once per distinct configuration and
 * shared by every page that uses it, so only the first page pays for loading them.
 */
export async function spellCheckerFor(pagePath: string, spelling: ResolvedSpelling): Promise<SpellChecker> {
  const repository = await cspellSettingsFor(dirname(pagePath));
  const forRepository = checkers.get(repository) ?? new Map<string, Promise<SpellChecker>>();
  checkers.set(repository, forRepository);
  const key = JSON.stringify(spelling);
  let checker = forRepository.get(key);
  if (!checker) {
    checker = createChecker(spelling, repository);
    forRepository.set(key, checker);
  }
  return checker;
}

async function createChecker(
  spelling: ResolvedSpelling,
  repository: CSpellSettings | undefined,
): Promise<SpellChecker> {
  const misspellings = await commonMisspellings();
  const ours: CSpellSettings = {
    language: cspellLanguage(spelling.language) ?? spelling.language,
    words: [...ladderWords, ...(repository?.words ?? []), ...spelling.words],
    ignoreWords: [...(repository?.ignoreWords ?? []), ...spelling.ignoreWords],
    ...withoutCommonMisspellings(misspellings),
  };
  const settings = repository ? mergeSettings(repository, ours) : ours;
  const document = createTextDocument({
    uri: 'file:///ladder-lint/prose.txt',
    content: '',
    languageId: 'plaintext',
  });
  const validator = new DocumentValidator(
    document,
    // Suggestions are asked for per word, not per page: a typo on 50 pages costs one search.
    { generateSuggestions: false, noConfigSearch: true },
    settings,
  );
  await validator.prepare();
  const dictionary: SpellingDictionaryCollection = await getDictionary(validator.getFinalizedDocSettings());
  // Without its dictionaries cspell calls every word misspelled: say so once instead.
  if (!dictionary.has('the'))
    throw new Error(
      `the spelling dictionaries for "${spelling.language}" could not be loaded, so spelling was not checked`,
    );
  const ignored = new Set(ours.ignoreWords?.map((word) => word.toLowerCase()));
  // One validator serves every page; pages take turns so that one page's text never meets another's.
  let turn: Promise<unknown> = Promise.resolve();
  const knows = (word: string) =>
    ignored.has(word.toLowerCase()) || dictionary.has(word, { ignoreCase: true });
  const suggestions = new Map<string, string[]>();
  return {
    knows,
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        // A known misspelling's own corrections are better than any the search would rank.
        const common = misspellings?.corrections(word) ?? [];
        const searched =
          common.length > 0
            ? []
            : dictionary
                .suggest(word, {
                  numSuggestions: 3,
                  ignoreCase: true,
                  timeout: noTimeLimit,
                  // Splitting into two words ("nude standing" for "undestanding") doubled the
                  // search time and offered nonsense more often than help.
                  compoundMethod: CompoundWordsMethod.NONE,
                  // Guesses past farthestSuggestion are dropped anyway; a search bounded near it
                  // finds the same ones without exploring the five edits cspell allows by default.
                  numChanges: 3,
                })
                .filter((suggestion) => suggestion.cost <= farthestSuggestion)
                .map((suggestion) => suggestion.word);
        // The dictionaries hold some words twice ("codetrash", "codeTrash"): one of each will do.
        const byLowerCase = new Map<string, string>();
        for (const suggestion of [...common, ...searched].map((candidate) => withCapitalsOf(word, candidate)))
          if (!byLowerCase.has(suggestion.toLowerCase()))
            byLowerCase.set(suggestion.toLowerCase(), suggestion);
        found = [...byLowerCase.values()].slice(0, 3);
        suggestions.set(word, found);
      }
      return found;
    },
    check(text) {
      const result = turn.then(async () => {
        await validator.updateDocumentText(text);
        return validator
          .checkDocument()
          .map((issue): Misspelling => ({ offset: issue.offset, word: issue.text }));
      });
      turn = result.catch(() => undefined);
      return result;
    },
  };
}
