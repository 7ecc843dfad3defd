import type { Root, RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { positions } from '../text/positions.ts';
import { parse as parseYaml } from 'yaml';
import { defaultHeadingLevelPattern } from '../config/presets.ts';
import { safePattern } from '../config/safe-pattern.ts';
import type { LayoutSpec, LevelsSpec, ResolvedConfig } from '../config/types.ts';
import { buildLadderPage, makeTitle, readBody, trackOf } from './build-page.ts';
import {
  readFrontMatterFields,
  readLabelLines,
  readPatternFields,
  readStepFields,
  readTableFields,
} from './field-readers.ts';
import type { LadderPage, Level, MetadataField, Section, Title } from './ladder-page.ts';
import { levelReader, numberedLevel, pageLevelReader } from './level-pattern.ts';
import { configuredTrack } from './tracks.ts';
import { frontMatterRange, readYamlLadder, type YamlLadder } from './yaml-ladder.ts';
import { append } from '../append.ts';

/** A level as read, with the part of the file it covers, for the field sources. */
interface LevelPart {
  page: LadderPage;
  nodes: RootContent[];
  /** Lines of prose in the level that `pattern` fields read: YAML criteria, or the level's lines. */
  lines?: Array<{ text: string; offset: number }>;
}

/** A level read from a file: its sections and fields are filled in by the layout's reader. */
function levelPage(path: string, level: Level, title: Title, sections: Section[] = []): LadderPage {
  return {
    path,
    kind: 'level',
    level,
    levelSource: 'title',
    title,
    track: trackOf(path),
    metadata: [],
    sections,
  };
}

/** Index pages list levels; they never are one (Hugo's `_index.md`, a folder's README). */
const indexPage = /^(?:_?index|readme)\.(?:md|markdown)$/i;

/**
 * Reads one parsed file into the ladder model as its layout describes: one page per level it
 * holds (a file per track holds several), or a single `other` page when it holds no level. Each
 * page's track is the configured track that claims it (`tracks`, by the file's place, which the
 * VFile's `cwd` and `path` give, or by title), else its file's (`tracks: "file"`) or its folder.
 */
export function readLadderFile(
  tree: Root,
  file: VFile,
  path: string,
  config: ResolvedConfig,
  layout: LayoutSpec = config.ladder,
): LadderPage[] {
  const parts = levelParts(tree, file, path, layout.levels);
  const levels = parts.filter((part) => part.page.kind === 'level');
  const pages = levels.length === 0 ? [otherPage(tree, file, path, parts)] : levels.map((part) => part.page);
  for (const part of levels) {
    if (layout.tracks === 'file') part.page.track = trackOfFile(path);
    addFields(part, file, layout, config);
  }
  for (const page of pages) page.track = configuredTrack(page, file, config) ?? page.track;
  return pages;
}

function trackOfFile(path: string): string {
  return path.replace(/\.(md|markdown)$/i, '');
}

function otherPage(tree: Root, file: VFile, path: string, parts: LevelPart[]): LadderPage {
  const existing = parts.find((part) => part.page.kind === 'other');
  if (existing) return existing.page;
  const page = buildLadderPage(tree, file, path, () => undefined);
  return { ...page, kind: 'other' };
}

function levelParts(tree: Root, file: VFile, path: string, spec: LevelsSpec): LevelPart[] {
  const body = tree.children.filter((node) => node.type !== 'yaml');
  switch (spec.in) {
    case 'page': {
      const page = buildLadderPage(tree, file, path, pageLevelReader(spec));
      return [{ page, nodes: body }];
    }
    case 'heading':
      return headingLevels(body, file, path, spec);
    case 'front-matter':
      return frontMatterLevel(body, file, path, spec);
    case 'yaml': {
      const yamlLevels = yamlLadderLevels(file, path, spec);
      // A track file whose front matter holds no ladder may still write it as headings.
      return yamlLevels.length > 0 ? yamlLevels : headingLevels(body, file, path, { in: 'heading' });
    }
  }
}

/** Each heading at `depth` that names a level starts one; it ends at the next heading as high. */
function headingLevels(nodes: RootContent[], file: VFile, path: string, spec: LevelsSpec): LevelPart[] {
  const depth = spec.depth ?? 2;
  const levelOf = levelReader(spec.pattern || spec.names ? spec : { pattern: defaultHeadingLevelPattern });
  const parts: LevelPart[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== depth || !node.position) return;
    const title = makeTitle(nodeText(node).trim(), 'heading', depth, node.position, levelOf);
    if (!title.level) return;
    let end = nodes.findIndex((next, at) => at > index && next.type === 'heading' && next.depth <= depth);
    if (end === -1) end = nodes.length;
    const segment = nodes.slice(index + 1, end);
    const page = levelPage(path, title.level, title);
    const firstSection = segment.findIndex((next) => next.type === 'heading' && next.depth > depth);
    readBody(page, segment, firstSection, file);
    parts.push({ page, nodes: segment });
  });
  return parts;
}

/** Where a top-level front-matter key and its value are in the file. */
function frontMatterKeySpan(
  source: string,
  key: string,
): { keyOffset: number; valueOffset: number; valueEnd: number } | undefined {
  const range = frontMatterRange(source);
  if (!range) return undefined;
  const text = source.slice(range.start, range.end);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`^${escaped}[ \\t]*:[ \\t]*("?)([^\\n"]*)`, 'm').exec(text);
  if (!found) return undefined;
  const keyOffset = range.start + found.index;
  const valueOffset = keyOffset + found[0].length - (found[2]?.length ?? 0);
  return { keyOffset, valueOffset, valueEnd: valueOffset + (found[2]?.trimEnd().length ?? 0) };
}

function spanPosition(file: VFile, start: number, end: number): Position | undefined {
  const place = positions(file);
  const from = place.toPoint(start);
  const to = place.toPoint(end);
  return from && to ? { start: from, end: to } : undefined;
}

/** A page whose front matter gives its place in the order (`weight`) and its name (`title`). */
function frontMatterLevel(nodes: RootContent[], file: VFile, path: string, spec: LevelsSpec): LevelPart[] {
  const data = frontMatterDataOf(String(file.value));
  const base = path.split('/').pop() ?? path;
  const key = spec.key ?? 'weight';
  const titleKey = spec.titleKey ?? 'title';
  const order = Number(data?.[key]);
  if (!data || indexPage.test(base) || data[key] === undefined || !Number.isFinite(order)) return [];
  const source = String(file.value);
  const titleText = String(data[titleKey] ?? base.replace(/\.(md|markdown)$/i, '')).trim();
  const span = frontMatterKeySpan(source, titleKey) ?? frontMatterKeySpan(source, key);
  const position = (span && spanPosition(file, span.valueOffset, span.valueEnd)) ?? {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 1, offset: 0 },
  };
  const named = spec.pattern || spec.names ? levelReader(spec)(titleText) : undefined;
  const title = makeTitle(titleText, 'heading', 0, position);
  title.name = named?.name ?? titleText;
  title.separator = '';
  const level = named?.level ?? { label: titleText, major: order, rank: order };
  title.level = level;
  const page = levelPage(path, level, title);
  const firstSection = nodes.findIndex((node) => node.type === 'heading');
  readBody(page, nodes, firstSection, file);
  return [{ page, nodes }];
}

/** Each level of a YAML ladder: its topics are its sections, its criteria their bullets. */
function yamlLadderLevels(file: VFile, path: string, spec: LevelsSpec): LevelPart[] {
  const ladder: YamlLadder | undefined = readYamlLadder(String(file.value), spec);
  if (!ladder) return [];
  const trackTitle = ladder.title?.text ?? path;
  return ladder.levels.map((entry) => {
    const position = spanPosition(file, entry.offset, entry.endOffset) ?? {
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 },
    };
    const level = numberedLevel('Level ', String(entry.level));
    const title = makeTitle(`${level.label}`, 'heading', 0, position);
    title.level = level;
    title.name = trackTitle;
    const sections: Section[] = entry.topics.map((topic) => ({
      name: topic.name,
      emoji: { raw: '', form: 'none' },
      depth: 2,
      position: spanPosition(file, topic.offset, topic.endOffset) ?? position,
      bullets: topic.criteria.flatMap((criterion) => {
        const at = spanPosition(file, criterion.offset, criterion.endOffset);
        return at ? [{ text: criterion.text, position: at }] : [];
      }),
    }));
    const page = levelPage(path, level, title, sections);
    const lines = entry.criteria.map((criterion) => ({ text: criterion.text, offset: criterion.offset }));
    return { page, nodes: [], lines };
  });
}

/** Each line of the level's source, for `pattern` fields outside YAML. */
function sourceLines(nodes: RootContent[], source: string): Array<{ text: string; offset: number }> {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const lines: Array<{ text: string; offset: number }> = [];
  let offset = start;
  for (const text of source.slice(start, end).split('\n')) {
    lines.push({ text: text.replace(/\r$/, ''), offset });
    offset += text.length + 1;
  }
  return lines;
}

const stepsByLayout = new WeakMap<ResolvedConfig, WeakMap<LayoutSpec, Map<string, { label: string }>>>();

/** Step name (lower case) → the field whose scale it is a step of, made once per configuration and layout. */
function stepsOf(config: ResolvedConfig, layout: LayoutSpec): Map<string, { label: string }> {
  const byLayout = stepsByLayout.get(config) ?? new WeakMap<LayoutSpec, Map<string, { label: string }>>();
  stepsByLayout.set(config, byLayout);
  let steps = byLayout.get(layout);
  if (!steps) {
    steps = stepsFor(config, layout);
    byLayout.set(layout, steps);
  }
  return steps;
}

function stepsFor(config: ResolvedConfig, layout: LayoutSpec): Map<string, { label: string }> {
  const steps = new Map<string, { label: string }>();
  const templates = layout.template ? [config.templates[layout.template]] : Object.values(config.templates);
  for (const template of templates) {
    for (const field of template?.metadata?.fields ?? []) {
      const scale = field.scale ? config.scales[field.scale] : undefined;
      for (const rank of scale?.ranks ?? [])
        for (const phrase of [rank.name, ...rank.phrases])
          if (!steps.has(phrase.toLocaleLowerCase('en')))
            steps.set(phrase.toLocaleLowerCase('en'), { label: field.label });
    }
  }
  return steps;
}

function addFields(part: LevelPart, file: VFile, layout: LayoutSpec, config: ResolvedConfig): void {
  const source = String(file.value);
  const place = positions(file);
  const found: MetadataField[] = [];
  for (const spec of layout.fields ?? []) {
    switch (spec.from) {
      case 'label-lines':
        append(found, readLabelLines(part.nodes, source, place));
        break;
      case 'table':
        append(found, readTableFields(part.nodes, source, place));
        break;
      case 'steps': {
        const steps = stepsOf(config, layout);
        // A step bullet (`**Adopts**: …`) is the step's field, not a field called "Adopts".
        part.page.metadata = part.page.metadata.filter(
          (field) => !steps.has(field.label.toLocaleLowerCase('en')),
        );
        append(found, readStepFields(part.nodes, source, place, steps));
        break;
      }
      case 'pattern':
        found.push(
          ...readPatternFields(
            part.lines ?? sourceLines(part.nodes, source),
            [
              {
                regex: safePattern(spec.pattern ?? ''),
                ...(spec.label ? { label: spec.label } : {}),
              },
            ],
            place,
          ),
        );
        break;
      case 'front-matter':
        found.push(
          ...readFrontMatterFields(
            frontMatterDataOf(source) ?? {},
            (key) => frontMatterKeySpan(source, key),
            place,
            spec.keys,
          ),
        );
        break;
    }
  }
  // One field a line: the metadata bullets already read `**Label:** value` lines of the preamble.
  const taken = new Set(part.page.metadata.map((field) => field.labelPosition.start.line));
  for (const field of found) {
    if (taken.has(field.labelPosition.start.line)) continue;
    taken.add(field.labelPosition.start.line);
    part.page.metadata.push(field);
  }
}

/** The front matter as data; undefined when there is none or it does not parse (ladder-front-matter's finding). */
function frontMatterDataOf(source: string): Record<string, unknown> | undefined {
  const range = frontMatterRange(source);
  if (!range) return undefined;
  try {
    const data: unknown = parseYaml(source.slice(range.start, range.end));
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
