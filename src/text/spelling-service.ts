/**
 * The spelling questions the rules ask: a page's misspellings, the British/American side of
 * words, and which dictionaries to load ahead. The answers come from the spelling worker
 * (spelling-worker.ts), on the other core; src/engine/speed/ carries the questions there and back.
 */
import { join } from 'node:path';
import type { ResolvedSpelling } from '../config/types.ts';
import { askSpellingThread, type ThreadRequest } from '../engine/speed/index.ts';
import type { VariantOfWord } from './english-variants.ts';
import type { PageMisspellings } from './misspellings.ts';

export type SpellingQuestion =
  | {
      kind: 'misspellings';
      pagePath: string;
      spelling: ResolvedSpelling;
      prose: string;
      limit: number;
    }
  | { kind: 'variants'; words: string[] }
  | { kind: 'prepare'; pagePath: string; spelling: ResolvedSpelling }
  | { kind: 'thread' };

/** A question as the worker receives it. */
export type SpellingRequest = ThreadRequest<SpellingQuestion>;

const ask = <Answer>(question: SpellingQuestion): Promise<Answer> => askSpellingThread<Answer>(question);

/** The misspelled words of a page's prose, with suggestions; see misspellings.ts. */
export function misspellingsOf(
  pagePath: string,
  spelling: ResolvedSpelling,
  prose: string,
  limit: number,
): Promise<PageMisspellings> {
  return ask({ kind: 'misspellings', pagePath, spelling, prose, limit });
}

/** For each lower-case word, its side of a British/American pair, or null. */
export function englishVariantsOf(words: string[]): Promise<Array<VariantOfWord | null>> {
  return ask({ kind: 'variants', words });
}

/**
 * Starts loading the dictionaries a page in `folder` will need, so that this happens while the
 * pages are read and parsed. Failures surface when a page is checked, with that page.
 */
export function prepareSpelling(folder: string, spelling: ResolvedSpelling): void {
  ask({ kind: 'prepare', pagePath: join(folder, 'page.md'), spelling }).catch(() => undefined);
}

/** Starts loading the American and British dictionaries that ladder-mixed-spelling compares. */
export function prepareEnglishVariants(): void {
  englishVariantsOf([]).catch(() => undefined);
}
