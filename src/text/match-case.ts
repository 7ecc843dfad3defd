/**
 * A replacement written with the capitals of the word it replaces: "Recieve" → "Receive",
 * "Organisation" → "Organization", "ORGANISATION" → "ORGANIZATION". A replacement that has
 * capitals of its own ("iPhone", "GitHub") keeps them unless the word was all capitals.
 */
export function withCapitalsOf(word: string, replacement: string): string {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase())
    return replacement.toUpperCase();
  const first = word[0] ?? '';
  if (first !== first.toLowerCase() && replacement === replacement.toLowerCase())
    return (replacement[0] ?? '').toUpperCase() + replacement.slice(1);
  return replacement;
}
