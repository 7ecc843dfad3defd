/**
 * A career ladder kept in YAML front matter (Monzo's progression framework): the declared level
 * count, and per level the criteria of every topic, each with its place in the file. Parsed with
 * the `yaml` package, which keeps going after an error, so a page with a broken line still yields
 * what it could read, with the error in plain words.
 */
import { type Document, type Node, type Scalar, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { LevelsSpec } from '../config/types.ts';
import { append } from '../append.ts';

/** UTF-16 offsets into the whole file's text. */
export interface YamlSpan {
  offset: number;
  endOffset: number;
}

export interface YamlCriterion extends YamlSpan {
  text: string;
  /** The `name` of the topic the criterion is listed under. */
  topic: string;
}

export interface YamlLevel {
  level: number;
  offset: number;
  endOffset: number;
  /** The level's criteria in every topic, in file order. */
  criteria: YamlCriterion[];
  /** The topics that describe the level; each span covers the topic's content entry for it. */
  topics: Array<YamlSpan & { name: string; criteria: YamlCriterion[] }>;
}

export interface YamlLadder {
  /** Parser problems, the reason in plain words. */
  errors: Array<YamlSpan & { reason: string }>;
  title?: YamlSpan & { text: string };
  declaredCount?: YamlSpan & { value: number };
  /** One entry per level number, in ascending level order; a level's span covers its first content entry. */
  levels: YamlLevel[];
  /** Every string scalar of the front matter that is prose (contains a space between two words), for the text rules. */
  prose: YamlSpan[];
}

/** The keys of a `yaml` layout: see `LevelsSpec`. */
export interface YamlKeys {
  key: string;
  titleKey: string;
  topics: string;
  content: string;
  criteria: readonly string[];
  count: string;
}

/** The `yaml` layout's keys when the configuration does not name them. */
export const defaultYamlLevels: Readonly<YamlKeys> = {
  key: 'level',
  titleKey: 'title',
  topics: 'topics',
  content: 'content',
  criteria: ['criteria', 'exampleCriteria.criteria'],
  count: 'levels',
};

const openingFence = /^\uFEFF?---[ \t]*\r?\n/;
const closingFence = /^---[ \t]*$/gm;

/** The offsets of the YAML text between the `---` fences at the top of a page, if it has front matter. */
export function frontMatterRange(source: string): { start: number; end: number } | undefined {
  const opening = openingFence.exec(source);
  if (!opening) return undefined;
  const start = opening[0].length;
  // The YAML may be empty: the closing fence can follow the opening one directly.
  closingFence.lastIndex = start;
  const closing = closingFence.exec(source);
  if (!closing) return undefined;
  return { start, end: closing.index };
}

export function readYamlLadder(source: string, spec?: LevelsSpec): YamlLadder | undefined {
  const keys = { ...defaultYamlLevels, ...definedKeys(spec) };
  // The prose mask, the model and ladder-front-matter all ask for the page being checked: one parse.
  const key = JSON.stringify(keys);
  if (lastRead?.source === source && lastRead.key === key) return lastRead.ladder;
  const ladder = readLadder(source, keys);
  lastRead = { source, key, ladder };
  return ladder;
}

let lastRead: { source: string; key: string; ladder: YamlLadder | undefined } | undefined;

function readLadder(source: string, keys: YamlKeys): YamlLadder | undefined {
  const range = frontMatterRange(source);
  if (!range) return undefined;
  const base = range.start;
  const yamlText = source.slice(range.start, range.end);
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const ladder: YamlLadder = { errors: readErrors(yamlText, document, base), levels: [], prose: [] };
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !hasWords(node.value)) return;
      append(
        ladder.prose,
        proseSpans(yamlText, node).map((span) => shift(span, base)),
      );
    },
  });

  const root = document.contents;
  if (!isMap(root)) return ladder;
  const title = root.get(keys.titleKey, true);
  const titleSpan = isScalar(title) ? textSpan(yamlText, title) : undefined;
  if (isScalar(title) && typeof title.value === 'string' && titleSpan)
    ladder.title = { ...shift(titleSpan, base), text: title.value };
  const count = root.get(keys.count, true);
  const countValue = numberOf(count);
  if (isScalar(count) && count.range && countValue !== undefined && Number.isInteger(countValue))
    ladder.declaredCount = {
      ...shift({ offset: count.range[0], endOffset: count.range[1] }, base),
      value: countValue,
    };
  ladder.levels = readLevels(yamlText, root.get(keys.topics, true), keys, base);
  return ladder;
}

/** The levels of every topic, merged by level number, in ascending order. */
function readLevels(yamlText: string, topics: unknown, keys: YamlKeys, base: number): YamlLevel[] {
  const levels = new Map<number, YamlLevel>();
  for (const topic of isSeq(topics) ? topics.items : []) {
    if (!isMap(topic)) continue;
    const nameNode = topic.get('name', true);
    const name = isScalar(nameNode) && nameNode.value != null ? String(nameNode.value) : '';
    const content = topic.get(keys.content, true);
    for (const entry of isSeq(content) ? content.items : []) {
      if (!isMap(entry) || !entry.range) continue;
      const level = numberOf(entry.get(keys.key, true));
      if (level === undefined) continue;
      const span = shift({ offset: entry.range[0], endOffset: entry.range[1] }, base);
      const criteria = keys.criteria.flatMap((path) =>
        scalarsAt(entry, path.split('.')).flatMap((node): YamlCriterion[] => {
          const text = textSpan(yamlText, node);
          return text && typeof node.value === 'string'
            ? [{ ...shift(text, base), text: node.value, topic: name }]
            : [];
        }),
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
  const inFileOrder = (a: YamlSpan, b: YamlSpan) => a.offset - b.offset;
  for (const level of levels.values()) {
    level.criteria.sort(inFileOrder);
    for (const topic of level.topics) topic.criteria.sort(inFileOrder);
  }
  return [...levels.values()].sort((a, b) => a.level - b.level);
}

/** A number written as one (`3`, or `"3"` in quotes); not an empty value, `true` or text. */
function numberOf(node: unknown): number | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
}

/**
 * The parser's errors in plain words, and one error per line with a tab in its indentation. A tab
 * throws the parser off for the lines after it (from the line break before it on): what it reports
 * there is a consequence, and the tab is what to fix first.
 */
function readErrors(yamlText: string, document: Document.Parsed, base: number): YamlError[] {
  const errors: YamlError[] = [];
  const tabs = new Map<number, number>();
  for (const tab of [
    ...indentingTabs(yamlText, document.contents),
    ...document.errors.filter((error) => error.code === 'TAB_AS_INDENT').map((error) => error.pos[0]),
  ])
    if (!tabs.has(lineStart(yamlText, tab))) tabs.set(lineStart(yamlText, tab), tab);
  const firstTabLine = Math.min(...tabs.keys());
  for (const tab of tabs.values())
    errors.push({ offset: base + tab, endOffset: base + tab + 1, reason: tabReason });
  for (const error of document.errors)
    if (error.code !== 'TAB_AS_INDENT' && error.pos[0] + 1 < firstTabLine)
      errors.push(shiftError(describeError(error, yamlText, document.contents), base));
  return errors.sort((a, b) => a.offset - b.offset);
}

function definedKeys(spec: LevelsSpec | undefined): Partial<YamlKeys> {
  if (spec?.in !== 'yaml') return {};
  const names = Object.keys(defaultYamlLevels) as Array<keyof YamlKeys>;
  return Object.fromEntries(names.flatMap((name) => (spec[name] === undefined ? [] : [[name, spec[name]]])));
}

/** The string scalars at a dotted path, going through lists at any step. */
function scalarsAt(node: unknown, path: string[]): Scalar[] {
  if (isSeq(node)) return node.items.flatMap((item) => scalarsAt(item, path));
  const [first, ...rest] = path;
  if (first === undefined) return isScalar(node) && typeof node.value === 'string' ? [node] : [];
  return isMap(node) ? scalarsAt(node.get(first, true), rest) : [];
}

const shift = (span: YamlSpan, base: number): YamlSpan => ({
  offset: span.offset + base,
  endOffset: span.endOffset + base,
});

/** The text of a scalar in the YAML source: inside its quotes, or below a block scalar's `|` line. */
function textSpan(yamlText: string, node: Scalar): YamlSpan | undefined {
  if (!node.range) return undefined;
  let [offset, endOffset] = node.range;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    const quote = yamlText[offset];
    offset++;
    if (endOffset > offset && yamlText[endOffset - 1] === quote) endOffset--;
  } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const lineEnd = yamlText.indexOf('\n', offset);
    offset = lineEnd === -1 ? endOffset : Math.min(lineEnd + 1, endOffset);
    while (offset < endOffset && /\s/.test(yamlText[offset] ?? '')) offset++;
    while (endOffset > offset && /\s/.test(yamlText[endOffset - 1] ?? '')) endOffset--;
  }
  return { offset, endOffset };
}

const words = /[\p{L}\p{N}][ \t\r\n]+[\p{L}\p{N}]/u;
const hasWords = (text: string): boolean => words.test(text);

// `\n`, `\"`, `\x41`, `\u00e9` and a line-ending backslash spell characters, not words.
const doubleQuotedEscape = /\\(?:x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|\r?\n|[^])/g;

/** A prose scalar's text, split around the escapes of a double-quoted string. */
function proseSpans(yamlText: string, node: Scalar): YamlSpan[] {
  const span = textSpan(yamlText, node);
  if (!span) return [];
  if (node.type !== 'QUOTE_DOUBLE') return [span];
  const spans: YamlSpan[] = [];
  let from = span.offset;
  for (const escape of yamlText.slice(span.offset, span.endOffset).matchAll(doubleQuotedEscape)) {
    const at = span.offset + escape.index;
    if (at > from) spans.push({ offset: from, endOffset: at });
    from = at + escape[0].length;
  }
  if (span.endOffset > from) spans.push({ offset: from, endOffset: span.endOffset });
  return spans;
}

const tabReason =
  'A tab is used to indent this line; YAML allows only spaces, so the whole front matter cannot be read. Replace the tab with spaces.';

type YamlError = YamlSpan & { reason: string };

const shiftError = (error: YamlError, base: number): YamlError => ({ ...error, ...shift(error, base) });

/** A parser error in plain words, at the place a person would fix it. */
function describeError(
  error: { code: string; message: string; pos: [number, number] },
  yamlText: string,
  contents: Node | null,
): YamlError {
  const [offset, endOffset] = error.pos;
  const at = { offset, endOffset: Math.max(endOffset, offset) };
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    // Reported where the text ended (often lines later); the opening quote is what needs a partner.
    let opening: number | undefined;
    visit(contents, {
      Scalar(_key, node) {
        if (
          node.range &&
          node.range[0] < offset &&
          offset <= node.range[2] &&
          yamlText[node.range[0]] === quote
        )
          opening = node.range[0];
      },
    });
    const from = opening ?? offset;
    const lineEnd = yamlText.indexOf('\n', from);
    return {
      offset: from,
      endOffset: (lineEnd === -1 ? yamlText.length : lineEnd) - (yamlText[lineEnd - 1] === '\r' ? 1 : 0),
      reason: `This text starts with ${quote} but is never closed, so the front matter after it is read as part of the text. Add the closing ${quote} where the text ends.`,
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(yamlText.slice(offset))?.[1]?.trim() ?? '';
    const name = key.replace(/^(["'])(.*)\1$/, '$2');
    return {
      offset,
      endOffset: offset + key.length,
      reason: `"${name}" is given twice here, and only one of the two values can be kept. Remove one of them.`,
    };
  }
  if (/must start at the same column/.test(error.message))
    return {
      ...at,
      reason:
        'This line is indented differently from the lines it belongs with, so the front matter cannot be read from here. Line it up with them.',
    };
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /compact mappings/.test(error.message))
    return {
      ...at,
      reason:
        'A second ": " on this line makes the text read as a key of its own. Put the whole value in quotes ("…").',
    };
  return { ...at, reason: `The front matter cannot be read from here: ${sentence(error.message)}` };
}

/** The parser's message without the source excerpt it may carry, as one sentence. */
function sentence(message: string): string {
  const first = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * Tabs in a line's indentation, also after a `- ` indicator (`-\t"text"`). The `yaml` package
 * accepts the latter, but GitHub, Jekyll and PyYAML (libyaml) reject the whole front matter.
 * Tabs inside a quoted, block or multi-line text, or in a `[flow, list]`, are allowed.
 */
function indentingTabs(yamlText: string, contents: Node | null): number[] {
  const allowed: Array<[number, number]> = [];
  visit(contents, (_key, node) => {
    if ((isScalar(node) || ((isMap(node) || isSeq(node)) && node.flow)) && node.range)
      allowed.push([node.range[0], node.range[1]]);
  });
  const tabs: number[] = [];
  let lineOffset = 0;
  for (const line of yamlText.split('\n')) {
    const indentation = /^(?:[ \t]|[-?:](?=[ \t]|$))*/.exec(line)?.[0] ?? '';
    const tab = indentation.indexOf('\t');
    const offset = lineOffset + tab;
    lineOffset += line.length + 1;
    if (tab === -1 || line.slice(indentation.length).trim() === '') continue;
    if (allowed.some(([start, end]) => offset > start && offset < end)) continue;
    tabs.push(offset);
  }
  return tabs;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
