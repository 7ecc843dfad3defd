#!/usr/bin/env node

// src/findings/fix.ts
function fixOf(source, range, text, was) {
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > source.length)
    return void 0;
  if (was !== void 0 && source.slice(start, end) !== was) return void 0;
  return { range: [start, end], text };
}
function attachFix(message, fix) {
  if (fix) message.fix = fix;
}
function attachSuggestions(message, suggestions) {
  const kept = suggestions.filter((suggestion) => suggestion.desc);
  if (kept.length > 0) message.suggestions = [...message.suggestions ?? [], ...kept];
}

export {
  fixOf,
  attachFix,
  attachSuggestions
};
