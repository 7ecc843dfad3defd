/**
 * A replacement written with the capitals of the word it replaces: "Recieve" → "Receive",
 * "Organisation" → "Organization", "ORGANISATION" → "ORGANIZATION". A replacement that has
 * capitals of its own ("iPhone", "GitHub") keeps them unless the word was all capitals.
 */
export declare function withCapitalsOf(word: string, replacement: string): string;
