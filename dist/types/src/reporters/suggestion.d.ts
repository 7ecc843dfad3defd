/** The fix a finding proposes, as every reporter appends it to the message: ` (suggestion: a, b)`, or nothing. */
export declare function suggestionText(suggestions: readonly string[] | undefined): string;
