#!/usr/bin/env node

// src/text/positions.ts
function positions(file) {
  if (typeof file !== "string") {
    let made = byFile.get(file);
    if (!made || made.text !== String(file.value)) {
      made = { text: String(file.value), positions: indexLines(String(file.value)) };
      byFile.set(file, made);
    }
    return made.positions;
  }
  if (lastText?.text !== file) lastText = { text: file, positions: indexLines(file) };
  return lastText.positions;
}
var byFile = /* @__PURE__ */ new WeakMap();
var lastText;
function indexLines(text) {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 && text.charCodeAt(index + 1) !== 10) starts.push(index + 1);
  }
  return {
    toPoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return void 0;
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = low + high + 1 >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - starts[low] + 1, offset };
    }
  };
}

export {
  positions
};
