import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * cspell's list of common English misspellings ("seperate->separate"), read as a plain lookup.
 *
 * cspell-lib turns the list's 95,000 entries into a suggestion dictionary when it loads the English
 * settings, which took 450 ms of every run (a third of its start-up) to serve the few words a
 * ladder misspells. Read here instead, it costs 50 ms, and a hit answers a suggestion at once
 * where the dictionary search takes 20–60 ms a word.
 */
export interface CommonMisspellings {
  /** cspell's names for the lists read, to be left out of its own dictionaries. */
  dictionaryNames: string[];
  /** Words always wrong even though the dictionaries list them ("therefor->therefore"). */
  flagWords: string[];
  corrections(word: string): string[] | undefined;
}

interface MisspellingsFile {
  dictionaryDefinitions?: Array<{ name?: string; flagWords?: string[]; suggestWords?: string[] }>;
}

const files = ['dict-en.json', 'dict-en-us.json', 'dict-en-gb.json'];

let loaded: Promise<CommonMisspellings | undefined> | undefined;

/** The lists, read once per process; undefined when they cannot be read, and cspell loads them itself. */
export function commonMisspellings(): Promise<CommonMisspellings | undefined> {
  loaded ??= load();
  return loaded;
}

/** cspell settings that leave the lists out of its dictionaries and keep their always-wrong words. */
export function withoutCommonMisspellings(misspellings: CommonMisspellings | undefined): {
  dictionaries?: string[];
  flagWords?: string[];
} {
  if (!misspellings) return {};
  return {
    dictionaries: misspellings.dictionaryNames.map((name) => `!${name}`),
    flagWords: misspellings.flagWords,
  };
}

async function load(): Promise<CommonMisspellings | undefined> {
  try {
    const manifest = createRequire(import.meta.url).resolve('@cspell/dict-en-common-misspellings');
    const definitions = (
      await Promise.all(
        files.map(async (name) => {
          const text = await readFile(join(dirname(manifest), 'dict', name), 'utf8');
          return (JSON.parse(text) as MisspellingsFile).dictionaryDefinitions ?? [];
        }),
      )
    ).flat();
    const dictionaryNames: string[] = [];
    const flagWords: string[] = [];
    const byWord = new Map<string, string>();
    for (const definition of definitions) {
      if (!definition.name) continue;
      dictionaryNames.push(definition.name);
      flagWords.push(...(definition.flagWords ?? []));
      for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
        const arrow = entry.indexOf('->');
        if (arrow > 0 && !byWord.has(entry.slice(0, arrow)))
          byWord.set(entry.slice(0, arrow), entry.slice(arrow + 2));
      }
    }
    if (byWord.size === 0) return undefined;
    return {
      dictionaryNames,
      flagWords,
      corrections(word) {
        const found = byWord.get(word) ?? byWord.get(word.toLowerCase());
        return found
          ?.split(',')
          .map((correction) => correction.trim())
          .filter(Boolean);
      },
    };
  } catch {
    return undefined;
  }
}
