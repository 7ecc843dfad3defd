/** The fix a finding proposes, as every reporter appends it to the message: ` (suggestion: a, b)`, or nothing. */
export function suggestionText(suggestions: readonly string[] | undefined): string {
  return suggestions?.length ? ` (suggestion: ${suggestions.join(', ')})` : '';
}
