/**
 * The spelling languages ladder-lint has dictionaries for: cspell-lib bundles English only,
 * American (`en_us`) and British (`en-gb-mit`). `en`, `en_US` and any case are read as en-US.
 * The configuration loader refuses any other language, so spelling never runs without dictionaries.
 */
export const spellingLanguages = ['en-US', 'en-GB'] as const;

/** The cspell `language` for a configured one, or undefined for a language there is no dictionary for. */
export function cspellLanguage(language: string): string | undefined {
  // The other variant is accepted too: a page that writes "behaviour" in an en-US ladder has not
  // misspelled it. Choosing one variant is ladder-mixed-spelling's job.
  if (/^en[-_]gb$/i.test(language)) return 'en-GB,en';
  if (/^en(?:[-_]us)?$/i.test(language)) return 'en,en-GB';
  return undefined;
}
