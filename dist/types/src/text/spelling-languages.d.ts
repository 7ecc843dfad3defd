/**
 * The spelling languages ladder-lint has dictionaries for: cspell-lib bundles English only,
 * American (`en_us`) and British (`en-gb-mit`). `en`, `en_US` and any case are read as en-US.
 * The configuration loader refuses any other language, so spelling never runs without dictionaries.
 */
export declare const spellingLanguages: readonly ["en-US", "en-GB"];
/** The cspell `language` for a configured one, or undefined for a language there is no dictionary for. */
export declare function cspellLanguage(language: string): string | undefined;
