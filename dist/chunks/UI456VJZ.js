#!/usr/bin/env node

// src/model/yaml-ladder.ts
import { isMap, isScalar, isSeq, parseDocument, visit } from "yaml";

// src/append.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}

// src/model/yaml-ladder.ts
var defaultYamlLevels = {
  key: "level",
  titleKey: "title",
  topics: "topics",
  content: "content",
  criteria: ["criteria", "exampleCriteria.criteria"],
  count: "levels"
};
var openingFence = /^\uFEFF?---[ \t]*\r?\n/;
var closingFence = /^---[ \t]*$/gm;
function frontMatterRange(source) {
  const opening = openingFence.exec(source);
  if (!opening) return void 0;
  const start = opening[0].length;
  closingFence.lastIndex = start;
  const closing = closingFence.exec(source);
  if (!closing) return void 0;
  return { start, end: closing.index };
}
function readYamlLadder(source, spec) {
  const keys = { ...defaultYamlLevels, ...definedKeys(spec) };
  const key = JSON.stringify(keys);
  if (lastRead?.source === source && lastRead.key === key) return lastRead.ladder;
  const ladder = readLadder(source, keys);
  lastRead = { source, key, ladder };
  return ladder;
}
var lastRead;
function readLadder(source, keys) {
  const range = frontMatterRange(source);
  if (!range) return void 0;
  const base = range.start;
  const yamlText = source.slice(range.start, range.end);
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const ladder = { errors: readErrors(yamlText, document, base), levels: [], prose: [] };
  visit(document, {
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string" || !hasWords(node.value)) return;
      append(
        ladder.prose,
        proseSpans(yamlText, node).map((span) => shift(span, base))
      );
    }
  });
  const root = document.contents;
  if (!isMap(root)) return ladder;
  const title = root.get(keys.titleKey, true);
  const titleSpan = isScalar(title) ? textSpan(yamlText, title) : void 0;
  if (isScalar(title) && typeof title.value === "string" && titleSpan)
    ladder.title = { ...shift(titleSpan, base), text: title.value };
  const count = root.get(keys.count, true);
  const countValue = numberOf(count);
  if (isScalar(count) && count.range && countValue !== void 0 && Number.isInteger(countValue))
    ladder.declaredCount = {
      ...shift({ offset: count.range[0], endOffset: count.range[1] }, base),
      value: countValue
    };
  ladder.levels = readLevels(yamlText, root.get(keys.topics, true), keys, base);
  return ladder;
}
function readLevels(yamlText, topics, keys, base) {
  const levels = /* @__PURE__ */ new Map();
  for (const topic of isSeq(topics) ? topics.items : []) {
    if (!isMap(topic)) continue;
    const nameNode = topic.get("name", true);
    const name = isScalar(nameNode) && nameNode.value != null ? String(nameNode.value) : "";
    const content = topic.get(keys.content, true);
    for (const entry of isSeq(content) ? content.items : []) {
      if (!isMap(entry) || !entry.range) continue;
      const level = numberOf(entry.get(keys.key, true));
      if (level === void 0) continue;
      const span = shift({ offset: entry.range[0], endOffset: entry.range[1] }, base);
      const criteria = keys.criteria.flatMap(
        (path) => scalarsAt(entry, path.split(".")).flatMap((node) => {
          const text = textSpan(yamlText, node);
          return text && typeof node.value === "string" ? [{ ...shift(text, base), text: node.value, topic: name }] : [];
        })
      );
      let found = levels.get(level);
      if (!found) {
        found = { level, ...span, criteria: [], topics: [] };
        levels.set(level, found);
      }
      append(found.criteria, criteria);
      const sameTopic = found.topics.find((listed) => listed.name === name);
      if (sameTopic) append(sameTopic.criteria, criteria);
      else found.topics.push({ ...span, name, criteria: [...criteria] });
    }
  }
  const inFileOrder = (a, b) => a.offset - b.offset;
  for (const level of levels.values()) {
    level.criteria.sort(inFileOrder);
    for (const topic of level.topics) topic.criteria.sort(inFileOrder);
  }
  return [...levels.values()].sort((a, b) => a.level - b.level);
}
function numberOf(node) {
  if (!isScalar(node)) return void 0;
  const { value } = node;
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  return typeof value === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : void 0;
}
function readErrors(yamlText, document, base) {
  const errors = [];
  const tabs = /* @__PURE__ */ new Map();
  for (const tab of [
    ...indentingTabs(yamlText, document.contents),
    ...document.errors.filter((error) => error.code === "TAB_AS_INDENT").map((error) => error.pos[0])
  ])
    if (!tabs.has(lineStart(yamlText, tab))) tabs.set(lineStart(yamlText, tab), tab);
  const firstTabLine = Math.min(...tabs.keys());
  for (const tab of tabs.values())
    errors.push({ offset: base + tab, endOffset: base + tab + 1, reason: tabReason });
  for (const error of document.errors)
    if (error.code !== "TAB_AS_INDENT" && error.pos[0] + 1 < firstTabLine)
      errors.push(shiftError(describeError(error, yamlText, document.contents), base));
  return errors.sort((a, b) => a.offset - b.offset);
}
function definedKeys(spec) {
  if (spec?.in !== "yaml") return {};
  const names = Object.keys(defaultYamlLevels);
  return Object.fromEntries(names.flatMap((name) => spec[name] === void 0 ? [] : [[name, spec[name]]]));
}
function scalarsAt(node, path) {
  if (isSeq(node)) return node.items.flatMap((item) => scalarsAt(item, path));
  const [first, ...rest] = path;
  if (first === void 0) return isScalar(node) && typeof node.value === "string" ? [node] : [];
  return isMap(node) ? scalarsAt(node.get(first, true), rest) : [];
}
var shift = (span, base) => ({
  offset: span.offset + base,
  endOffset: span.endOffset + base
});
function textSpan(yamlText, node) {
  if (!node.range) return void 0;
  let [offset, endOffset] = node.range;
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    const quote = yamlText[offset];
    offset++;
    if (endOffset > offset && yamlText[endOffset - 1] === quote) endOffset--;
  } else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const lineEnd = yamlText.indexOf("\n", offset);
    offset = lineEnd === -1 ? endOffset : Math.min(lineEnd + 1, endOffset);
    while (offset < endOffset && /\s/.test(yamlText[offset] ?? "")) offset++;
    while (endOffset > offset && /\s/.test(yamlText[endOffset - 1] ?? "")) endOffset--;
  }
  return { offset, endOffset };
}
var words = /[\p{L}\p{N}][ \t\r\n]+[\p{L}\p{N}]/u;
var hasWords = (text) => words.test(text);
var doubleQuotedEscape = /\\(?:x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|\r?\n|[^])/g;
function proseSpans(yamlText, node) {
  const span = textSpan(yamlText, node);
  if (!span) return [];
  if (node.type !== "QUOTE_DOUBLE") return [span];
  const spans = [];
  let from = span.offset;
  for (const escape of yamlText.slice(span.offset, span.endOffset).matchAll(doubleQuotedEscape)) {
    const at = span.offset + escape.index;
    if (at > from) spans.push({ offset: from, endOffset: at });
    from = at + escape[0].length;
  }
  if (span.endOffset > from) spans.push({ offset: from, endOffset: span.endOffset });
  return spans;
}
var tabReason = "A tab is used to indent this line; YAML allows only spaces, so the whole front matter cannot be read. Replace the tab with spaces.";
var shiftError = (error, base) => ({ ...error, ...shift(error, base) });
function describeError(error, yamlText, contents) {
  const [offset, endOffset] = error.pos;
  const at = { offset, endOffset: Math.max(endOffset, offset) };
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    let opening;
    visit(contents, {
      Scalar(_key, node) {
        if (node.range && node.range[0] < offset && offset <= node.range[2] && yamlText[node.range[0]] === quote)
          opening = node.range[0];
      }
    });
    const from = opening ?? offset;
    const lineEnd = yamlText.indexOf("\n", from);
    return {
      offset: from,
      endOffset: (lineEnd === -1 ? yamlText.length : lineEnd) - (yamlText[lineEnd - 1] === "\r" ? 1 : 0),
      reason: `This text starts with ${quote} but is never closed, so the front matter after it is read as part of the text. Add the closing ${quote} where the text ends.`
    };
  }
  if (error.code === "DUPLICATE_KEY") {
    const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(yamlText.slice(offset))?.[1]?.trim() ?? "";
    const name = key.replace(/^(["'])(.*)\1$/, "$2");
    return {
      offset,
      endOffset: offset + key.length,
      reason: `"${name}" is given twice here, and only one of the two values can be kept. Remove one of them.`
    };
  }
  if (/must start at the same column/.test(error.message))
    return {
      ...at,
      reason: "This line is indented differently from the lines it belongs with, so the front matter cannot be read from here. Line it up with them."
    };
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" && /compact mappings/.test(error.message))
    return {
      ...at,
      reason: 'A second ": " on this line makes the text read as a key of its own. Put the whole value in quotes ("\u2026").'
    };
  return { ...at, reason: `The front matter cannot be read from here: ${sentence(error.message)}` };
}
function sentence(message) {
  const first = (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "").trim();
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
function indentingTabs(yamlText, contents) {
  const allowed = [];
  visit(contents, (_key, node) => {
    if ((isScalar(node) || (isMap(node) || isSeq(node)) && node.flow) && node.range)
      allowed.push([node.range[0], node.range[1]]);
  });
  const tabs = [];
  let lineOffset = 0;
  for (const line of yamlText.split("\n")) {
    const indentation = /^(?:[ \t]|[-?:](?=[ \t]|$))*/.exec(line)?.[0] ?? "";
    const tab = indentation.indexOf("	");
    const offset = lineOffset + tab;
    lineOffset += line.length + 1;
    if (tab === -1 || line.slice(indentation.length).trim() === "") continue;
    if (allowed.some(([start, end]) => offset > start && offset < end)) continue;
    tabs.push(offset);
  }
  return tabs;
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

// src/text/mojibake.ts
var legacyEncodings = ["windows-1252", "macintosh", "latin1"];
var encoderTables = /* @__PURE__ */ new Map();
function encoderTable(encoding) {
  let table = encoderTables.get(encoding);
  if (!table) {
    table = /* @__PURE__ */ new Map();
    const decoder = new TextDecoder(encoding === "latin1" ? "iso-8859-1" : encoding);
    for (let byte = 0; byte < 256; byte++) {
      const character = decoder.decode(new Uint8Array([byte]));
      if (character !== "\uFFFD" && !table.has(character)) table.set(character, byte);
    }
    if (encoding === "latin1")
      for (let byte = 128; byte < 160; byte++) table.set(String.fromCharCode(byte), byte);
    encoderTables.set(encoding, table);
  }
  return table;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function repairWith(text, encoding, leadByte) {
  const table = encoderTable(encoding);
  const bytes = leadByte === void 0 ? [] : [leadByte];
  for (const character of text) {
    const byte = table.get(character);
    if (byte === void 0) return void 0;
    bytes.push(byte);
  }
  try {
    const repaired = strictUtf8.decode(new Uint8Array(bytes));
    return repaired === text ? void 0 : repaired;
  } catch {
    return void 0;
  }
}
var droppableLeadBytes = [240];
function repairMojibake(text) {
  for (const leadByte of [void 0, ...droppableLeadBytes]) {
    for (const encoding of legacyEncodings) {
      const repaired = repairWith(text, encoding, leadByte);
      if (repaired === void 0 || repaired.length >= text.length) continue;
      if (leadByte !== void 0 && !new RegExp("^\\p{Extended_Pictographic}\\uFE0F?$", "u").test(repaired)) continue;
      return { encoding, repaired };
    }
  }
  return void 0;
}
var suspiciousRun = /[\u00A0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02C7\u02D8-\u02DD\u0131\u03A9\u03C0\u2013-\u2044\u20AC\u2122\u2126\u2202\u2206\u220F\u2211\u221A\u221E\u222B\u2248\u2260\u2264\u2265\u25CA\uF8FF\uFB01\uFB02]{2,64}/gu;
function findMojibake(text) {
  const found = [];
  for (const match of text.matchAll(suspiciousRun)) {
    const candidate = match[0];
    const repair = longestRepairablePrefix(candidate);
    if (repair) found.push({ index: match.index, text: repair.text, repair: repair.repair });
  }
  return found;
}
function longestRepairablePrefix(candidate) {
  const characters = Array.from(candidate);
  const ends = /* @__PURE__ */ new Set();
  for (const leadByte of [void 0, ...droppableLeadBytes]) {
    for (const encoding of legacyEncodings) {
      for (const end of sequenceEnds(characters, encoding, leadByte)) ends.add(end);
    }
  }
  for (const end of [...ends].sort((a, b) => b - a)) {
    if (end < 2) break;
    const text = characters.slice(0, end).join("");
    const repair = repairMojibake(text);
    if (repair && !/[\u0080-\u009F]/.test(repair.repaired)) return { text, repair };
  }
  return void 0;
}
function sequenceEnds(characters, encoding, leadByte) {
  const table = encoderTable(encoding);
  const bytes = leadByte === void 0 ? [] : [leadByte];
  for (const character of characters) {
    const byte = table.get(character);
    if (byte === void 0) break;
    bytes.push(byte);
  }
  const offset = leadByte === void 0 ? 0 : 1;
  const ends = [];
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) break;
    for (let next = index + 1; next < index + length; next++) {
      if (((bytes[next] ?? 0) & 192) !== 128) return ends;
    }
    index += length;
    ends.push(index - offset);
  }
  return ends;
}

export {
  append,
  defaultYamlLevels,
  frontMatterRange,
  readYamlLadder,
  repairMojibake,
  findMojibake
};
