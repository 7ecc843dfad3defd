/**
 * Words career ladders use that cspell's English and software dictionaries do not know. Each was
 * found in a real ladder; anything company-specific (product and people names) belongs in the
 * user's config instead.
 */
export declare const ladderWords: readonly string[];
