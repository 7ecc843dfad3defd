import { describe, expect, test } from '@jest/globals';
import type { SpellingDictionaryCollection } from 'cspell-lib';
import { britishOnly } from '../src/text/british-only-words.ts';
import { dictionaryFor, mayBeBritishForm, variantsFrom } from '../src/text/english-variants.ts';

type WithTrie = { name: string; trie?: { words(): Iterable<string> } };

function wordsOf(collection: SpellingDictionaryCollection, name: string): string[] {
  const trie = (collection.dictionaries as WithTrie[]).find((dictionary) => dictionary.name === name)?.trie;
  return [...(trie?.words() ?? [])].filter((word) => /^[a-z]+$/.test(word));
}

describe('English variants without the British dictionary', () => {
  test('the British-only list decides every pair as the British dictionary itself does', async () => {
    const [american, british] = await Promise.all([dictionaryFor('en'), dictionaryFor('en-GB')]);
    // What the list stands for: British English has the word, American English has not.
    const fromDictionaries = variantsFrom(american, {
      has: (word: string) =>
        british.has(word, { ignoreCase: false }) && !american.has(word, { ignoreCase: false }),
    } as ReadonlySet<string>);
    const fromList = variantsFrom(american, new Set(britishOnly.split('\n')));
    // Every word of either dictionary that a pattern could touch, and a few that no list holds.
    const words = [
      ...new Set([...wordsOf(american, 'en_us'), ...wordsOf(british, 'en-gb')]),
      'centreed',
      'constructor',
      'colourr',
    ].filter((word) => mayBeBritishForm(word) || /iz|yz|or|l(ed|ing|er|ers)$|ense|ter|og/.test(word));
    expect(words.length).toBeGreaterThan(20000);
    const differences = words
      .map((word) => ({
        word,
        list: [fromList.classify(word), fromList.otherForm(word)],
        dictionaries: [fromDictionaries.classify(word), fromDictionaries.otherForm(word)],
      }))
      .filter(({ list, dictionaries }) => JSON.stringify(list) !== JSON.stringify(dictionaries));
    expect(differences).toEqual([]);
    // The pairs the rule is for are found both ways.
    expect(fromList.classify('organisation')).toEqual({ variant: 'en-GB', key: 'organization' });
    expect(fromList.otherForm('color')).toBe('colour');
  }, 120_000);
});
