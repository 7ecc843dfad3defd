import type {
  Blockquote,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { positions } from '../text/positions.ts';
import { repairMojibake } from '../text/mojibake.ts';
import { type LevelReader, numberedLevel } from './level-pattern.ts';
import type {
  Bullet,
  Emoji,
  ExamplesBlock,
  LadderPage,
  Level,
  MetadataField,
  Section,
  Title,
} from './ladder-page.ts';
import { append } from '../append.ts';

const fileNameLevel = /^L(\d{1,2})(?:\.(\d{1,2}))?(?=[-_ .]|$)/;
const titleLevel = /^L(\d{1,2})(?:\.(\d{1,2}))?(\s*[:\-–]\s*|\s+)(\S.*)?$/su;
const leadingEmoji = /^(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*\uFE0F?)\s*/u;
const leadingShortcode = /^:([a-z0-9_+-]{1,64}):\s*/;
/** A first word made only of non-ASCII symbols and letters, as garbled emoji are. */
const leadingGarbled = /^([^\p{ASCII}]{2,12})[ \t]+/u;

export function levelFromFileName(path: string): Level | undefined {
  const base = path.split('/').pop() ?? path;
  const match = fileNameLevel.exec(base);
  return match ? makeLevel(match[1], match[2]) : undefined;
}

/**
 * The level and role a file name gives (`L4-Security-Engineer.md` → L4, "Security Engineer"), read
 * as the layout reads titles; undefined when the name has no level.
 */
export function fileNameReading(
  path: string,
  levelOf?: LevelReader,
): { level: Level; name: string } | undefined {
  const base = (path.split('/').pop() ?? path).replace(/\.(md|markdown|txt)$/i, '');
  const words = (text: string) => text.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (levelOf) {
    const found = levelOf(base);
    return found ? { level: found.level, name: words(found.name) } : undefined;
  }
  const level = levelFromFileName(path);
  return level ? { level, name: words(base.replace(/^L\d{1,2}(?:\.\d{1,2})?/, '')) } : undefined;
}

function makeLevel(major: string | undefined, minor: string | undefined): Level {
  return numberedLevel('L', `${major}${minor === undefined ? '' : `.${minor}`}`);
}

/** The folder of a path, used as the default track. */
export function trackOf(path: string): string {
  const index = path.lastIndexOf('/');
  return index === -1 ? '.' : path.slice(0, index);
}

/**
 * Reads a parsed page into the ladder model. Works on any Markdown: a page that has no level in
 * its file name or title is `other` and has no title, metadata or sections of interest to rules.
 */
export function buildLadderPage(tree: Root, file: VFile, path: string, levelOf?: LevelReader): LadderPage {
  const source = String(file);
  const children = tree.children.filter((node) => node.type !== 'yaml');
  const title = readTitle(children, source, levelOf);
  const fromFileName = fileNameReading(path, levelOf)?.level;
  const level = fromFileName ?? title?.level;
  const page: LadderPage = {
    path,
    kind: level ? 'level' : 'other',
    track: trackOf(path),
    metadata: [],
    sections: [],
  };
  if (title) page.title = title;
  if (!level) return page;
  page.level = level;
  page.levelSource = fromFileName ? 'file-name' : 'title';

  const firstSectionIndex = children.findIndex(
    (node, index) => node.type === 'heading' && node.depth >= 2 && !isTitleNode(node, index, title),
  );
  readBody(page, children, firstSectionIndex, file);
  return page;
}

/** A level's summary and metadata from the nodes before its first section, and its sections. */
export function readBody(
  page: LadderPage,
  nodes: RootContent[],
  firstSectionIndex: number,
  file: VFile,
): void {
  const preamble = nodes.slice(0, firstSectionIndex === -1 ? nodes.length : firstSectionIndex);
  const summaryNode = preamble.find((node): node is Blockquote => node.type === 'blockquote');
  if (summaryNode?.position)
    page.summary = { text: nodeText(summaryNode).trim(), position: summaryNode.position };
  page.metadata = readMetadata(preamble, positions(file));
  if (firstSectionIndex !== -1) page.sections = readSections(nodes.slice(firstSectionIndex));
}

function isTitleNode(node: RootContent, index: number, title: Title | undefined): boolean {
  return title !== undefined && index === 0 && node.position?.start.line === title.position.start.line;
}

/**
 * The title is the first heading of depth 1; pages that lost their heading markup start with a
 * `**Title` or `***Title` paragraph instead, which we still read so rules can say what is wrong.
 */
function readTitle(children: RootContent[], source: string, levelOf?: LevelReader): Title | undefined {
  const first = children[0];
  if (!first?.position) return undefined;
  if (first.type === 'heading') {
    return makeTitle(nodeText(first).trim(), 'heading', first.depth, first.position, levelOf);
  }
  if (first.type === 'paragraph' || first.type === 'thematicBreak') {
    const line = lineAt(source, first.position.start.offset ?? 0);
    const stars = /^(\*{2,3})\s*(\S.*)$/.exec(line);
    if (stars?.[2]) {
      const end: Point = { ...first.position.start, column: first.position.start.column + line.length };
      if (end.offset !== undefined) end.offset = (first.position.start.offset ?? 0) + line.length;
      return makeTitle(
        withoutClosingStars(stars[2]),
        stars[1] === '**' ? 'bold' : 'stars',
        0,
        { start: first.position.start, end },
        levelOf,
      );
    }
  }
  return undefined;
}

/**
 * The line that starts at `offset`, without its end. CR, CRLF and LF each end a line, as for
 * positions (vfile-location): a title read past a lone CR ran onto the next line, and its
 * finding ended past the end of line 1.
 */
function lineAt(source: string, offset: number): string {
  const lineEnd = /\r|\n/g;
  lineEnd.lastIndex = offset;
  const end = lineEnd.exec(source)?.index;
  return source.slice(offset, end);
}

/** `Title **` → `Title`: a loop, because a pattern for it backtracks badly on long lines. */
function withoutClosingStars(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '*' || /\s/.test(text[end - 1] ?? ''))) end--;
  return text.slice(0, end);
}

export function makeTitle(
  text: string,
  form: Title['form'],
  depth: number,
  position: Position,
  levelOf?: LevelReader,
): Title {
  const title: Title = { text, name: text, separator: '', form, depth, position };
  if (levelOf) {
    const found = levelOf(text);
    if (found) {
      title.level = found.level;
      title.separator = found.separator;
      title.name = found.name;
    }
    return title;
  }
  const match = titleLevel.exec(text);
  if (match) {
    title.level = makeLevel(match[1], match[2]);
    title.separator = (match[3] ?? '').trim() || ' ';
    title.name = (match[4] ?? '').trim();
  }
  return title;
}

/** One line of a paragraph: the inline nodes between hard or soft line breaks. */
interface InlineLine {
  nodes: PhrasingContent[];
}

function splitLines(paragraph: Paragraph): InlineLine[] {
  const lines: InlineLine[] = [{ nodes: [] }];
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      lines.push({ nodes: [] });
      continue;
    }
    if (node.type === 'text' && /[\r\n]/.test(node.value) && node.position) {
      // CRLF, CR and LF each end a line, as in positions: a CR left on a line's end placed its
      // value's finding a column past the line (npm run fuzz, seed 191919).
      const parts = node.value.split(/(\r\n|\r|\n)/);
      let offset = node.position.start.offset ?? 0;
      parts.forEach((part, index) => {
        if (index % 2 === 1) {
          lines.push({ nodes: [] });
          offset += part.length;
          return;
        }
        const start = offset;
        offset += part.length;
        if (part.length > 0) {
          lines.at(-1)?.nodes.push({
            type: 'text',
            value: part,
            position: { start: offsetOnly(start), end: offsetOnly(start + part.length) },
          });
        }
      });
      continue;
    }
    lines.at(-1)?.nodes.push(node);
  }
  return lines.filter((line) => line.nodes.length > 0);
}

/** Points that carry only the offset; `resolve` turns them into line and column. */
function offsetOnly(offset: number): Point {
  return { line: 0, column: 0, offset };
}

type Place = ReturnType<typeof positions>;

function readMetadata(preamble: RootContent[], place: Place): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const node of preamble) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const paragraph = item.children[0];
        if (paragraph?.type !== 'paragraph') continue;
        const field = readField(splitLines(paragraph)[0], 'list', place);
        if (field && item.position) fields.push({ ...field, position: item.position });
      }
    } else if (node.type === 'paragraph') {
      for (const line of splitLines(node)) {
        const field = readField(line, 'paragraph', place);
        if (field) fields.push(field);
      }
    }
  }
  return fields;
}

function readField(
  line: InlineLine | undefined,
  form: MetadataField['form'],
  place: Place,
): MetadataField | undefined {
  const [label, ...rest] = line?.nodes ?? [];
  if (label?.type !== 'strong' || !label.position) return undefined;
  const labelText = nodeText(label).trim();
  const inside = labelText.endsWith(':');
  const restText = rest.map((node) => nodeText(node)).join('');
  if (!inside && !/^\s*:/.test(restText)) return undefined;
  const leading = /^\s*:?\s*/.exec(restText)?.[0].length ?? 0;
  const value = restText.slice(leading).trim();
  const labelPosition = resolve(label.position, place);
  // remark-gfm's bare-address links and the text it splits around them have no position: the
  // field ends where its last node that has one does.
  const lastPlaced = rest.findLast((node) => node.position)?.position ?? label.position;
  const end = resolve(lastPlaced, place).end;
  const field: MetadataField = {
    label: labelText.replace(/:$/, '').trim(),
    value,
    form,
    position: { start: labelPosition.start, end },
    labelPosition,
  };
  const firstRest = rest[0]?.position;
  if (value && firstRest?.start.offset !== undefined) {
    const startOffset = firstRest.start.offset + leading;
    const start = place.toPoint(startOffset);
    // When what follows the value's start has no position, the value's range is empty, not reversed.
    const reversed =
      start && (end.line < start.line || (end.line === start.line && end.column < start.column));
    if (start) field.valuePosition = { start, end: reversed ? start : end };
  }
  return field;
}

/** Fills in line and column for points that only know their offset. */
function resolve(position: Position, place: Place): Position {
  const fix = (point: Point): Point =>
    point.line === 0 && point.offset !== undefined ? (place.toPoint(point.offset) ?? point) : point;
  return { start: fix(position.start), end: fix(position.end) };
}

export function readEmoji(text: string): { emoji: Emoji; rest: string } {
  const unicode = leadingEmoji.exec(text);
  if (unicode?.[1])
    return {
      emoji: { raw: unicode[1], form: 'unicode', resolved: unicode[1] },
      rest: text.slice(unicode[0].length),
    };
  const shortcode = leadingShortcode.exec(text);
  if (shortcode?.[1])
    return { emoji: { raw: `:${shortcode[1]}:`, form: 'shortcode' }, rest: text.slice(shortcode[0].length) };
  const garbled = leadingGarbled.exec(text);
  if (garbled?.[1]) {
    const repair = repairMojibake(garbled[1]);
    if (repair) {
      return {
        emoji: { raw: garbled[1], form: 'garbled', resolved: repair.repaired },
        rest: text.slice(garbled[0].length),
      };
    }
  }
  return { emoji: { raw: '', form: 'none' }, rest: text };
}

export function readSections(nodes: RootContent[]): Section[] {
  const sections: Section[] = [];
  let current: { heading: Heading; body: RootContent[] } | undefined;
  const flush = () => {
    if (current) sections.push(makeSection(current.heading, current.body));
  };
  for (const node of nodes) {
    if (node.type === 'heading') {
      flush();
      current = { heading: node, body: [] };
    } else {
      current?.body.push(node);
    }
  }
  flush();
  return sections;
}

function makeSection(heading: Heading, body: RootContent[]): Section {
  const { emoji, rest } = readEmoji(nodeText(heading).trim());
  const section: Section = {
    name: rest.trim(),
    emoji,
    depth: heading.depth,
    position: heading.position ?? zeroPosition,
    bullets: [],
  };
  const intro = body[0];
  if (intro?.type === 'blockquote' && intro.position)
    section.intro = { text: nodeText(intro).trim(), position: intro.position };
  let inExamples: ExamplesBlock | undefined;
  let boldExamples: ExamplesBlock | undefined;
  for (const node of body) {
    if (node.type === 'html' && /^\s*<details\b/i.test(node.value)) {
      inExamples = openDetails(node);
      section.examples ??= inExamples;
      if (inExamples.closed) inExamples = undefined;
      continue;
    }
    if (node.type === 'html' && /<\/details\s*>/i.test(node.value)) {
      if (inExamples) {
        inExamples.closed = true;
        if (node.position) inExamples.position = { start: inExamples.position.start, end: node.position.end };
      }
      inExamples = undefined;
      continue;
    }
    if (node.type === 'paragraph' && isBoldExamplesLabel(node) && node.position) {
      boldExamples = {
        form: 'bold',
        summary: nodeText(node).replace(/:\s*$/, '').trim(),
        closed: true,
        blankLineAfterSummary: true,
        items: [],
        position: node.position,
      };
      section.examples ??= boldExamples;
      continue;
    }
    if (node.type === 'list') {
      const target = inExamples?.items ?? boldExamples?.items ?? section.bullets;
      append(target, bulletsOf(node));
      if (inExamples && node.position)
        inExamples.position = { start: inExamples.position.start, end: node.position.end };
    }
  }
  return section;
}

const zeroPosition: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

function isBoldExamplesLabel(node: Paragraph): boolean {
  return (
    node.children.length === 1 &&
    node.children[0]?.type === 'strong' &&
    /^examples:?$/i.test(nodeText(node).trim())
  );
}

function openDetails(node: Html): ExamplesBlock {
  const summary = /<summary>([^<]*)<\/summary>/i.exec(node.value)?.[1]?.trim() ?? '';
  const afterSummary = node.value.replace(/^[\s\S]*?<\/summary>/i, '');
  const closed = /<\/details\s*>/i.test(node.value);
  // When a list follows `</summary>` without a blank line, the HTML block swallows it.
  const swallowed = closed ? afterSummary.replace(/<\/details\s*>[\s\S]*$/i, '') : afterSummary;
  const block: ExamplesBlock = {
    form: 'details',
    summary,
    closed,
    blankLineAfterSummary: swallowed.trim() === '',
    items: [],
    position: node.position ?? zeroPosition,
  };
  if (!block.blankLineAfterSummary && node.position) {
    const startLine = node.position.start.line;
    const lines = node.value.split('\n');
    lines.forEach((line, index) => {
      const item = /^(\s*[-*+][ \t]+)(\S.*)?$/.exec(line);
      if (item?.[2] && item[1]) {
        const lineNumber = startLine + index;
        block.items.push({
          text: item[2].trim(),
          position: {
            start: { line: lineNumber, column: item[1].length + 1 },
            end: { line: lineNumber, column: line.length + 1 },
          },
        });
      }
    });
  }
  return block;
}

function bulletsOf(list: List): Bullet[] {
  return list.children.flatMap((item: ListItem) =>
    item.position ? [{ text: nodeText(item).trim(), position: item.position }] : [],
  );
}
