import {
  combineTextAndLanguageSettings,
  getDefaultSettings,
  getDictionary,
  mergeSettings,
  type SpellingDictionaryCollection,
} from 'cspell-lib';
import { commonMisspellings, withoutCommonMisspellings } from './common-misspellings.ts';

export type EnglishVariant = 'en-US' | 'en-GB';

export interface VariantSpelling {
  variant: EnglishVariant;
  /** The American form, which names the pair: "organization" for "organisation". */
  key: string;
}

/**
 * British → American spelling patterns. A pattern only proposes a pair; it counts as one when the
 * dictionaries agree: the British form is British English and not American, the American form is
 * American English. So "promise" (no "promize") and "advertise" (American too) are never pairs.
 */
const britishPatterns: Array<[RegExp, string]> = [
  [/^(.{2,})is(e|es|ed|ing|ation|ations|ational|ationally|er|ers|able)$/, '$1iz$2'],
  [/^(.+)ys(e|es|ed|ing|er|ers)$/, '$1yz$2'],
  [/^(.+)our(s|ed|ing|ite|ites|able|ably|ful|fully|less|er|ers|al|ally|ism|ist)?$/, '$1or$2'],
  [/^(.+[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/^(.+)ence(s)?$/, '$1ense$2'],
  [/^(.+)tre(s|d)?$/, '$1ter$2'],
  [/^(.+)ogue(s)?$/, '$1og$2'],
];

/** Pairs no pattern describes. */
const britishWords: Record<string, string> = {
  grey: 'gray',
  enrol: 'enroll',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  skilful: 'skillful',
  wilful: 'willful',
  ageing: 'aging',
  manoeuvre: 'maneuver',
  jewellery: 'jewelry',
};

/** American → British: the inverse of the patterns above, checked the same way. */
const americanPatterns: Array<[RegExp, string]> = [
  [/^(.{2,})iz(e|es|ed|ing|ation|ations|ational|ationally|er|ers|able)$/, '$1is$2'],
  [/^(.+)yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
  [/^(.+)or(s|ed|ing|ite|ites|able|ably|ful|fully|less|er|ers|al|ally|ism|ist)?$/, '$1our$2'],
  [/^(.+[aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/^(.+)ense(s)?$/, '$1ence$2'],
  [/^(.+)ter(s|ed)?$/, '$1tre$2'],
  [/^(.+)og(s)?$/, '$1ogue$2'],
];
/**
 * American forms that British English also uses for another part of speech ("to license",
 * "a practice"), so seeing one says nothing about which variant a page writes.
 */
const sharedForms = new Set(['license', 'licensed', 'licenses', 'licensing', 'practice', 'practices']);

const americanWords = Object.fromEntries(
  Object.entries(britishWords).map(([british, american]) => [american, british]),
);

export interface EnglishVariants {
  /** Whether `word` (lower case) is one side of a British/American pair, and which. */
  classify(word: string): VariantSpelling | undefined;
  /** The lower-case word in the other variant. */
  otherForm(word: string): string | undefined;
}

/** A word that is one side of a pair, with the other side (lower case). */
export interface VariantOfWord extends VariantSpelling {
  otherForm: string;
}

/** For each word (lower case), its side of a British/American pair, or null when it is none. */
export async function variantsOf(words: readonly string[]): Promise<Array<VariantOfWord | null>> {
  const { classify, otherForm } = await englishVariants();
  return words.map((word) => {
    const spelling = classify(word);
    const other = spelling && otherForm(word);
    return spelling && other ? { ...spelling, otherForm: other } : null;
  });
}

let loaded: Promise<EnglishVariants> | undefined;

/** The American dictionaries and the British-only word list, loaded once per process. */
export function englishVariants(): Promise<EnglishVariants> {
  loaded ??= load();
  return loaded;
}

/** cspell's dictionaries for plain text in `language` ("en", "en-GB"), as the spell checker loads them. */
export async function dictionaryFor(language: string): Promise<SpellingDictionaryCollection> {
  const settings = combineTextAndLanguageSettings(
    // The same dictionaries as the spell checker's, so that cspell-lib loads them once for both.
    mergeSettings(await getDefaultSettings(), {
      language,
      ...withoutCommonMisspellings(await commonMisspellings()),
    }),
    '',
    ['plaintext'],
  );
  return getDictionary(settings);
}

/**
 * Whether a pair could ever ask about `word` as its British side: a word one of the British
 * patterns or words describes, or one the American patterns write ("centreed" from "centered" is
 * the only form of theirs the British patterns do not also describe).
 */
export function mayBeBritishForm(word: string): boolean {
  return (
    Object.hasOwn(britishWords, word) ||
    britishPatterns.some(([pattern]) => pattern.test(word)) ||
    /^.+treed$/.test(word)
  );
}

/**
 * The words of `britishWordList` that could be the British side of a pair and that British
 * English has and American English has not: the list scripts/write-derived.ts keeps in
 * british-only-words.ts, so that a run need not load the British dictionary (half a second).
 */
export function britishOnlyWords(
  britishWordList: Iterable<string>,
  american: SpellingDictionaryCollection,
  british: SpellingDictionaryCollection,
): string[] {
  const found = new Set<string>();
  for (const word of britishWordList)
    if (
      word === word.toLowerCase() &&
      mayBeBritishForm(word) &&
      british.has(word, { ignoreCase: false }) &&
      !american.has(word, { ignoreCase: false })
    )
      found.add(word);
  return [...found].sort();
}

async function load(): Promise<EnglishVariants> {
  const [american, { britishOnly }] = await Promise.all([
    dictionaryFor('en'),
    import('./british-only-words.ts'),
  ]);
  return variantsFrom(american, new Set(britishOnly.split('\n')));
}

/**
 * Pairs as the dictionaries decide them: the British form is British English and not American,
 * the American form is American English. `britishOnly` holds every word that could be the
 * British side (mayBeBritishForm) and is British English only.
 */
export function variantsFrom(american: SpellingDictionaryCollection, britishOnly: ReadonlySet<string>) {
  const isPair = (britishForm: string, americanForm: string) =>
    britishForm !== americanForm &&
    britishOnly.has(britishForm) &&
    american.has(americanForm, { ignoreCase: false });
  const candidates = (word: string, patterns: Array<[RegExp, string]>, words: Record<string, string>) => [
    // Own keys only: "constructor" is not a pair.
    ...(Object.hasOwn(words, word) ? [words[word] as string] : []),
    ...patterns
      .filter(([pattern]) => pattern.test(word))
      .map(([pattern, replacement]) => word.replace(pattern, replacement)),
  ];
  const cache = new Map<string, VariantSpelling | null>();
  const classify = (word: string): VariantSpelling | undefined => {
    const known = cache.get(word);
    if (known !== undefined) return known ?? undefined;
    let found: VariantSpelling | undefined;
    for (const americanForm of candidates(word, britishPatterns, britishWords))
      if (isPair(word, americanForm)) found = { variant: 'en-GB', key: americanForm };
    if (!found && !sharedForms.has(word))
      for (const britishForm of candidates(word, americanPatterns, americanWords))
        if (isPair(britishForm, word)) found = { variant: 'en-US', key: word };
    cache.set(word, found ?? null);
    return found;
  };
  const otherForm = (word: string): string | undefined => {
    const spelling = classify(word);
    if (!spelling) return undefined;
    return spelling.variant === 'en-US'
      ? candidates(word, americanPatterns, americanWords).find((britishForm) => isPair(britishForm, word))
      : spelling.key;
  };
  return { classify, otherForm };
}
