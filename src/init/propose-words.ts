import { resolve } from 'node:path';
import { mergeConfig } from '../config/load-config.ts';
import { proseMask, spellableProse } from '../text/prose.ts';
import { misspellingsOf } from '../text/spelling-service.ts';
import type { ScannedFile } from './scan-folder.ts';

export interface WordCount {
  word: string;
  count: number;
}

export interface ProposedWords {
  /** Names the ladder uses that the dictionaries do not know, most used first. */
  proposed: WordCount[];
  /** Unknown words used once or twice, in lower case or only at the start of a sentence: more likely typos than names. */
  left: WordCount[];
}

/** More than this on one page, and the page is likely in another language: the rest are not counted. */
const perPage = 1000;

/** `Monzo's` is a use of `Monzo`. */
const possessive = /['’]s$/u;

/**
 * Whether the word at `offset` of the prose mask opens a sentence, a line or a block, where any
 * word is capitalised: only a capital elsewhere says the word is a name.
 */
function startsSentence(mask: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && /[ \t"'“‘(*_]/u.test(mask[index] ?? '')) index--;
  return index < 0 || /[\0\n.!?:;]/u.test(mask[index] ?? '');
}

/**
 * Runs the spell checker over every page's prose, as ladder-spelling does, and proposes for
 * `spelling.words` the unknown words that are capitalised wherever they appear, and within a
 * sentence at least once (names of the company and its products), or that appear at least three
 * times.
 */
export async function proposeWords(folder: string, files: ScannedFile[]): Promise<ProposedWords> {
  const { spelling } = mergeConfig(undefined, '', []);
  const answers = await Promise.all(
    files.map(({ path, tree, file }) => {
      const source = String(file.value);
      const prose = spellableProse(tree, source);
      return misspellingsOf(resolve(folder, path), spelling, prose, perPage).then((answer) => ({
        answer,
        mask: proseMask(tree, source),
      }));
    }),
  );
  const words = new Map<string, { forms: Map<string, number>; count: number; named: boolean }>();
  for (const { answer, mask } of answers) {
    for (const { word, offset } of answer.misspellings) {
      const form = word.replace(possessive, '');
      const key = form.toLocaleLowerCase('en');
      const entry = words.get(key) ?? { forms: new Map(), count: 0, named: false };
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.count += 1;
      if (/^\p{Lu}/u.test(form) && !startsSentence(mask, offset)) entry.named = true;
      words.set(key, entry);
    }
  }
  const proposed: WordCount[] = [];
  const left: WordCount[] = [];
  for (const { forms, count, named } of words.values()) {
    // A name is written with a capital; a word only ever in lower case is more likely a typo,
    // however often it is used. "monzo" once beside "Monzo" forty times is still the name.
    const capitalForms = [...forms].filter(([form]) => /^\p{Lu}/u.test(form));
    const capitalUses = capitalForms.reduce((sum, [, uses]) => sum + uses, 0);
    const word =
      [...(capitalForms.length > 0 ? capitalForms : forms)].sort(
        (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
      )[0]?.[0] ?? '';
    (named || capitalUses >= 3 ? proposed : left).push({ word, count });
  }
  const byUse = (a: WordCount, b: WordCount) => b.count - a.count || a.word.localeCompare(b.word, 'en');
  return { proposed: proposed.sort(byUse), left: left.sort(byUse) };
}
