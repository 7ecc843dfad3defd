#!/usr/bin/env node
import {
  buildLadderPage,
  defaultHeadingLevelPattern,
  levelReader,
  makeTitle,
  numberedLevel,
  pageLevelReader,
  readBody,
  trackOf
} from "./4CY6Z5UJ.js";
import {
  safePattern
} from "./J5HZSZD5.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  append,
  frontMatterRange,
  readYamlLadder
} from "./UI456VJZ.js";

// src/model/read-ladder.ts
import { toString as nodeText } from "mdast-util-to-string";
import { parse as parseYaml } from "yaml";

// src/model/field-readers.ts
var maxLabelLength = 60;
function readLabelLines(nodes, source, place) {
  const fields = [];
  for (const node of nodes) {
    if (node.type !== "paragraph") continue;
    if (!node.children.some((child) => child.type === "strong" || child.type === "emphasis")) continue;
    const glyphs = paragraphGlyphs(node, source);
    for (const line of splitGlyphLines(glyphs)) {
      const field = readLabelLine(line, node, source, place);
      if (field) fields.push(field);
    }
  }
  return fields;
}
function paragraphGlyphs(paragraph, source) {
  const glyphs = [];
  paragraph.children.forEach((child, index) => phrasingGlyphs(child, source, index, glyphs));
  return glyphs;
}
function readLabelLine(line, paragraph, source, place) {
  const trimmed = trimGlyphs(line);
  const first = trimmed[0];
  if (!first) return void 0;
  const head = paragraph.children[first.owner];
  if (head?.type !== "strong" && head?.type !== "emphasis") return void 0;
  const headLength = trimmed.findIndex((glyph) => glyph.owner !== first.owner);
  const inside = trimmed.slice(0, headLength === -1 ? trimmed.length : headLength);
  const after = trimmed.slice(inside.length);
  const insideText = textOf(trimGlyphs(inside));
  const afterText = textOf(after);
  let split;
  if (insideText.endsWith(":")) {
    split = { label: trimGlyphs(inside).slice(0, -1), value: after };
  } else if (/^\s*:/.test(afterText)) {
    split = { label: inside, value: after.slice(afterText.indexOf(":") + 1) };
  } else if (head.type === "emphasis" && after.every((glyph) => /\s/.test(glyph.ch))) {
    split = splitAtColon(inside);
  }
  if (!split || trimGlyphs(split.label).length > maxLabelLength) return void 0;
  const headStart = head.position?.start.offset;
  const lineStart = headStart !== void 0 && headStart >= lineStartOf(source, first.at) ? headStart : first.at;
  const lastOwner = paragraph.children[trimmed.at(-1)?.owner ?? first.owner];
  const lineEnd = lineEndOf(source, trimmed.at(-1)?.to ?? first.to);
  const ownerEnd = lastOwner?.position?.end.offset;
  const end = ownerEnd !== void 0 && ownerEnd <= lineEnd ? ownerEnd : trimmed.at(-1)?.to ?? first.to;
  return makeField(split.label, split.value, "label-line", place, { start: lineStart, end });
}
function lineStartOf(source, offset) {
  return source.lastIndexOf("\n", offset - 1) + 1;
}
function lineEndOf(source, offset) {
  const end = source.indexOf("\n", offset);
  return end === -1 ? source.length : end;
}
function readTableFields(nodes, source, place) {
  const fields = [];
  const bound = nodes.at(-1)?.position?.end.offset ?? source.length;
  let consumed = 0;
  for (const node of nodes) {
    if (node.type === "table") {
      append(fields, gfmTableFields(node, source, place));
      continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== "html" || start === void 0 || end === void 0 || end <= consumed) continue;
    const scan = scanHtmlTables(source, Math.max(start, consumed), end, bound);
    consumed = Math.max(consumed, scan.consumed);
    for (const table of scan.tables) {
      for (const row of table) {
        if (row.every((cell) => cell.header)) continue;
        fields.push(
          ...rowFields(
            row.map((cell) => htmlGlyphs(source, cell.start, cell.end)),
            place
          )
        );
      }
    }
  }
  return fields;
}
function gfmTableFields(table, source, place) {
  return table.children.slice(1).flatMap(
    (row) => rowFields(
      row.children.map((cell) => {
        const glyphs = [];
        cell.children.forEach((child, index) => phrasingGlyphs(child, source, index, glyphs));
        return glyphs;
      }),
      place
    )
  );
}
function rowFields(cells, place) {
  const fields = [];
  for (const cell of cells) {
    const split = splitAtColon(collapse(cell, true));
    const field2 = split && makeField(split.label, collapse(split.value, false), "table", place);
    if (field2) fields.push(field2);
  }
  const [first, second] = cells;
  if (fields.length > 0 || cells.length !== 2 || !first || !second) return fields;
  const firstLine = collapse(first, true);
  const lineEnd = firstLine.findIndex((glyph) => glyph.ch === "\n");
  let label = firstLine.slice(0, lineEnd === -1 ? firstLine.length : lineEnd);
  const note = label.findIndex((glyph) => glyph.ch === "(");
  if (note !== -1) label = label.slice(0, note);
  label = trimGlyphs(label, " *_");
  if (label.at(-1)?.ch === ":") label = trimGlyphs(label.slice(0, -1), " *_");
  const value = collapse(second, false);
  const field = makeField(label, value, "table", place);
  return field ? [field] : [];
}
var htmlTag = /<(\/?)([a-z][a-z\d]*)\b[^>]*>/iy;
function scanHtmlTables(source, from, to, bound) {
  const tables = [];
  let rows;
  let row;
  let cell;
  let depth = 0;
  const closeCell = (at) => {
    if (cell) (row ??= []).push({ ...cell, end: at });
    cell = void 0;
  };
  const closeRow = (at) => {
    closeCell(at);
    if (row?.length) rows?.push(row);
    row = void 0;
  };
  let index = from;
  while (index < (rows ? bound : to)) {
    const open = source.indexOf("<", index);
    if (open === -1 || open >= (rows ? bound : to)) break;
    if (source.startsWith("<!--", open)) {
      const close = source.indexOf("-->", open + 4);
      index = close === -1 ? bound : close + 3;
      continue;
    }
    htmlTag.lastIndex = open;
    const tag = htmlTag.exec(source);
    index = tag ? open + tag[0].length : open + 1;
    if (!tag) continue;
    const closing = tag[1] === "/";
    const name = (tag[2] ?? "").toLowerCase();
    if (name === "table") {
      depth += closing ? -1 : 1;
      if (!rows && !closing) {
        rows = [];
        depth = 1;
      } else if (rows && depth === 0) {
        closeRow(open);
        tables.push(rows);
        rows = void 0;
      }
      continue;
    }
    if (!rows || depth > 1) continue;
    if (name === "tr" || name === "thead" || name === "tbody" || name === "tfoot") {
      closeRow(open);
    } else if (name === "td" || name === "th") {
      closeCell(open);
      if (!closing) cell = { start: index, header: name === "th" };
    }
  }
  if (rows) {
    closeRow(bound);
    tables.push(rows);
    index = bound;
  }
  return { tables, consumed: index };
}
var entities = { amp: "&", lt: "<", gt: ">", nbsp: " " };
var entity = /&(amp|lt|gt|nbsp);/iy;
var lineBreakTag = /<br\s*\/?>/iy;
function htmlGlyphs(source, start, end) {
  const glyphs = [];
  let index = start;
  while (index < end) {
    const ch = source[index] ?? "";
    if (ch === "<") {
      lineBreakTag.lastIndex = index;
      const br = lineBreakTag.exec(source);
      if (br) {
        glyphs.push({ ch: "\n", at: index, to: index + br[0].length, owner: 0 });
        index += br[0].length;
        continue;
      }
      const comment = source.startsWith("<!--", index) ? source.indexOf("-->", index) : -1;
      htmlTag.lastIndex = index;
      const tagEnd = comment === -1 ? index + (htmlTag.exec(source)?.[0].length ?? 0) : comment + 3;
      if (tagEnd > index && tagEnd <= end) {
        index = tagEnd;
        continue;
      }
    }
    if (ch === "&") {
      entity.lastIndex = index;
      const match = entity.exec(source);
      if (match) {
        const decoded = entities[(match[1] ?? "").toLowerCase()] ?? "";
        glyphs.push({ ch: decoded, at: index, to: index + match[0].length, owner: 0 });
        index += match[0].length;
        continue;
      }
    }
    glyphs.push({ ch, at: index, to: index + 1, owner: 0 });
    index += 1;
  }
  return glyphs;
}
function readStepFields(nodes, source, place, steps) {
  const fields = [];
  for (const list of nodes.filter((node) => node.type === "list")) {
    for (const item of list.children) {
      const paragraph = item.children[0];
      const bold = paragraph?.type === "paragraph" ? paragraph.children[0] : void 0;
      if (bold?.type !== "strong") continue;
      const glyphs = [];
      phrasingGlyphs(bold, source, 0, glyphs);
      let text = trimGlyphs(glyphs);
      if (text.at(-1)?.ch === ":") text = trimGlyphs(text.slice(0, -1));
      const step = steps.get(textOf(text).toLowerCase());
      const span = spanOf(text);
      if (!step || !span) continue;
      const position = positionOf(place, span.start, span.end);
      fields.push({
        label: step.label,
        value: textOf(text),
        form: "step",
        position: item.position ?? position,
        labelPosition: position,
        valuePosition: position
      });
    }
  }
  return fields;
}
function readPatternFields(lines, patterns, place) {
  const compiled = patterns.map((pattern) => ({ ...pattern, matches: matcherOf(pattern.regex) }));
  const fields = [];
  for (const line of lines) {
    for (const pattern of compiled) {
      const found = pattern.matches(line.text).flatMap((match) => {
        const field = patternField(match, line, pattern.label, place);
        return field ? [field] : [];
      });
      if (found.length > 0) {
        append(fields, found);
        break;
      }
    }
  }
  return fields;
}
function matcherOf(pattern) {
  if (!(pattern instanceof RegExp)) {
    return (text) => {
      const match = pattern.exec(text);
      return match ? [match] : [];
    };
  }
  const regex = pattern.hasIndices ? pattern : new RegExp(pattern.source, `${pattern.flags}d`);
  return (text) => {
    regex.lastIndex = 0;
    const matches = regex.global ? [...text.matchAll(regex)] : [regex.exec(text)];
    return matches.flatMap((match) => {
      const span = match?.indices?.[0];
      if (!match || !span) return [];
      const spans = { ...match.indices?.groups };
      return [{ text: match[0], index: span[0], span, groups: { ...match.groups }, spans }];
    });
  };
}
function patternField(match, line, fixedLabel, place) {
  const valueSpan = match.spans.value;
  const matchSpan = match.span;
  if (!valueSpan) return void 0;
  const whole = trimGlyphs(unitGlyphs(line, matchSpan[0], matchSpan[1]));
  const labelSpan = match.spans.label;
  let label = labelSpan ? unitGlyphs(line, labelSpan[0], labelSpan[1]) : trimGlyphs(unitGlyphs(line, matchSpan[0], valueSpan[0]), ":");
  if (!labelSpan && fixedLabel === void 0) return void 0;
  if (trimGlyphs(label).length === 0) label = whole;
  const field = makeField(
    label,
    unitGlyphs(line, valueSpan[0], valueSpan[1]),
    "pattern",
    place,
    spanOf(whole)
  );
  if (field && fixedLabel !== void 0) field.label = fixedLabel;
  return field;
}
function unitGlyphs(line, start, end) {
  const glyphs = [];
  for (let index = start; index < end; index++) {
    const at = line.offset + index;
    glyphs.push({ ch: line.text[index] ?? "", at, to: at + 1, owner: 0 });
  }
  return glyphs;
}
function readFrontMatterFields(data, spans, place, keys) {
  const wanted = keys?.map((key) => key.toLowerCase());
  const fields = [];
  for (const [key, raw] of Object.entries(data)) {
    const value = wanted ? listedValue(raw) : defaultValue(raw);
    if (value === void 0 || wanted && !wanted.includes(key.toLowerCase())) continue;
    const span = spans(key);
    if (!span) continue;
    fields.push({
      label: key,
      value,
      form: "front-matter",
      position: positionOf(place, span.keyOffset, span.valueEnd),
      labelPosition: positionOf(place, span.keyOffset, span.keyOffset + key.length),
      valuePosition: positionOf(place, span.valueOffset, span.valueEnd)
    });
  }
  return fields;
}
function defaultValue(raw) {
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "string" && raw.length < 40) return raw;
  return void 0;
}
function listedValue(raw) {
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (Array.isArray(raw) && raw.every((item) => ["string", "number", "boolean"].includes(typeof item)))
    return raw.map(String).join(", ");
  return void 0;
}
function phrasingGlyphs(node, source, owner, out) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === "break" && start !== void 0 && end !== void 0) {
    out.push({ ch: "\n", at: start, to: end, owner });
  } else if (node.type === "html" && start !== void 0 && end !== void 0) {
    if (/^<br\s*\/?>$/i.test(node.value)) out.push({ ch: "\n", at: start, to: end, owner });
  } else if ((node.type === "text" || node.type === "inlineCode") && start !== void 0 && end !== void 0) {
    alignText(node.value, start, end, source, owner, out);
  } else if ("children" in node) {
    for (const child of node.children) phrasingGlyphs(child, source, owner, out);
  }
}
var anyEntity = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iy;
function alignText(value, start, end, source, owner, out) {
  if (source.slice(start, end) === value) {
    for (let index = 0; index < value.length; index++)
      out.push({ ch: value[index] ?? "", at: start + index, to: start + index + 1, owner });
    return;
  }
  let at = start;
  for (const ch of value) {
    while (at < end && source[at] !== ch && source[at] !== "&" && /[\s`\\]/.test(source[at] ?? "")) at++;
    if (at < end && source[at] === ch) {
      out.push({ ch, at, to: at + 1, owner });
      at += 1;
      continue;
    }
    anyEntity.lastIndex = at;
    const match = at < end && source[at] === "&" ? anyEntity.exec(source) : null;
    if (match) {
      out.push({ ch, at, to: at + match[0].length, owner });
      at += match[0].length;
    } else {
      out.push({ ch, at: Math.min(at, end - 1), to: Math.min(at + 1, end), owner });
    }
  }
}
function splitGlyphLines(glyphs) {
  const lines = [[]];
  for (const glyph of glyphs) {
    if (glyph.ch === "\n") lines.push([]);
    else lines.at(-1)?.push(glyph);
  }
  return lines;
}
function textOf(glyphs) {
  return glyphs.map((glyph) => glyph.ch).join("");
}
function trimGlyphs(glyphs, strip = "") {
  const drop = (glyph) => glyph !== void 0 && (/\s/.test(glyph.ch) || strip.includes(glyph.ch));
  let start = 0;
  let end = glyphs.length;
  while (start < end && drop(glyphs[start])) start++;
  while (end > start && drop(glyphs[end - 1])) end--;
  return glyphs.slice(start, end);
}
function collapse(glyphs, lines) {
  const out = [];
  for (const glyph of trimGlyphs(glyphs)) {
    const last = out.at(-1);
    if (!/\s/.test(glyph.ch)) out.push(glyph);
    else if (last && /\s/.test(last.ch)) {
      if (lines && glyph.ch === "\n") out[out.length - 1] = { ...last, ch: "\n" };
    } else out.push({ ...glyph, ch: lines && glyph.ch === "\n" ? "\n" : " " });
  }
  return out;
}
function splitAtColon(glyphs) {
  const text = textOf(glyphs);
  const colon = /:\s/.exec(text)?.index;
  if (colon === void 0) return void 0;
  const label = trimGlyphs(glyphs.slice(0, colon), " *_");
  const value = trimGlyphs(glyphs.slice(colon + 1), " *_");
  if (label.length === 0 || label.length > maxLabelLength || textOf(label).includes("\n")) return void 0;
  return value.length > 0 ? { label, value } : void 0;
}
function spanOf(glyphs) {
  const first = glyphs[0];
  const last = glyphs.at(-1);
  return first && last ? { start: first.at, end: last.to } : void 0;
}
function makeField(labelGlyphs, valueGlyphs, form, place, whole) {
  const label = trimGlyphs(labelGlyphs);
  const value = trimGlyphs(valueGlyphs);
  const labelSpan = spanOf(label);
  const valueSpan = spanOf(value);
  if (!labelSpan || !valueSpan) return void 0;
  const span = whole ?? { start: labelSpan.start, end: valueSpan.end };
  return {
    label: textOf(label),
    value: textOf(value),
    form,
    position: positionOf(place, span.start, span.end),
    labelPosition: positionOf(place, labelSpan.start, labelSpan.end),
    valuePosition: positionOf(place, valueSpan.start, valueSpan.end)
  };
}
function positionOf(place, start, end) {
  return { start: pointAt(place, start), end: pointAt(place, end) };
}
function pointAt(place, offset) {
  return place.toPoint(offset) ?? { line: 1, column: offset + 1, offset };
}

// src/model/tracks.ts
import { relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
var matchers = /* @__PURE__ */ new WeakMap();
function filesMatcher(track, files) {
  let matcher = matchers.get(track);
  if (!matcher) {
    matcher = picomatch(files, { dot: true });
    matchers.set(track, matcher);
  }
  return matcher;
}
function configuredTrack(page, file, config) {
  const cwd = file.cwd || process.cwd();
  const absolutePath = resolve(cwd, file.path || page.path);
  for (const track of config.tracks) {
    const relativePath = relative(track.base || cwd, absolutePath).split(sep).join("/");
    if (track.files && !relativePath.startsWith("..") && filesMatcher(track, track.files)(relativePath))
      return track.name;
    if (track.title && page.title && safePattern(track.title).test(page.title.name)) return track.name;
  }
  return void 0;
}

// src/model/read-ladder.ts
function levelPage(path, level, title, sections = []) {
  return {
    path,
    kind: "level",
    level,
    levelSource: "title",
    title,
    track: trackOf(path),
    metadata: [],
    sections
  };
}
var indexPage = /^(?:_?index|readme)\.(?:md|markdown)$/i;
function readLadderFile(tree, file, path, config, layout = config.ladder) {
  const parts = levelParts(tree, file, path, layout.levels);
  const levels = parts.filter((part) => part.page.kind === "level");
  const pages = levels.length === 0 ? [otherPage(tree, file, path, parts)] : levels.map((part) => part.page);
  for (const part of levels) {
    if (layout.tracks === "file") part.page.track = trackOfFile(path);
    addFields(part, file, layout, config);
  }
  for (const page of pages) page.track = configuredTrack(page, file, config) ?? page.track;
  return pages;
}
function trackOfFile(path) {
  return path.replace(/\.(md|markdown)$/i, "");
}
function otherPage(tree, file, path, parts) {
  const existing = parts.find((part) => part.page.kind === "other");
  if (existing) return existing.page;
  const page = buildLadderPage(tree, file, path, () => void 0);
  return { ...page, kind: "other" };
}
function levelParts(tree, file, path, spec) {
  const body = tree.children.filter((node) => node.type !== "yaml");
  switch (spec.in) {
    case "page": {
      const page = buildLadderPage(tree, file, path, pageLevelReader(spec));
      return [{ page, nodes: body }];
    }
    case "heading":
      return headingLevels(body, file, path, spec);
    case "front-matter":
      return frontMatterLevel(body, file, path, spec);
    case "yaml": {
      const yamlLevels = yamlLadderLevels(file, path, spec);
      return yamlLevels.length > 0 ? yamlLevels : headingLevels(body, file, path, { in: "heading" });
    }
  }
}
function headingLevels(nodes, file, path, spec) {
  const depth = spec.depth ?? 2;
  const levelOf = levelReader(spec.pattern || spec.names ? spec : { pattern: defaultHeadingLevelPattern });
  const parts = [];
  nodes.forEach((node, index) => {
    if (node.type !== "heading" || node.depth !== depth || !node.position) return;
    const title = makeTitle(nodeText(node).trim(), "heading", depth, node.position, levelOf);
    if (!title.level) return;
    let end = nodes.findIndex((next, at) => at > index && next.type === "heading" && next.depth <= depth);
    if (end === -1) end = nodes.length;
    const segment = nodes.slice(index + 1, end);
    const page = levelPage(path, title.level, title);
    const firstSection = segment.findIndex((next) => next.type === "heading" && next.depth > depth);
    readBody(page, segment, firstSection, file);
    parts.push({ page, nodes: segment });
  });
  return parts;
}
function frontMatterKeySpan(source, key) {
  const range = frontMatterRange(source);
  if (!range) return void 0;
  const text = source.slice(range.start, range.end);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`^${escaped}[ \\t]*:[ \\t]*("?)([^\\n"]*)`, "m").exec(text);
  if (!found) return void 0;
  const keyOffset = range.start + found.index;
  const valueOffset = keyOffset + found[0].length - (found[2]?.length ?? 0);
  return { keyOffset, valueOffset, valueEnd: valueOffset + (found[2]?.trimEnd().length ?? 0) };
}
function spanPosition(file, start, end) {
  const place = positions(file);
  const from = place.toPoint(start);
  const to = place.toPoint(end);
  return from && to ? { start: from, end: to } : void 0;
}
function frontMatterLevel(nodes, file, path, spec) {
  const data = frontMatterDataOf(String(file.value));
  const base = path.split("/").pop() ?? path;
  const key = spec.key ?? "weight";
  const titleKey = spec.titleKey ?? "title";
  const order = Number(data?.[key]);
  if (!data || indexPage.test(base) || data[key] === void 0 || !Number.isFinite(order)) return [];
  const source = String(file.value);
  const titleText = String(data[titleKey] ?? base.replace(/\.(md|markdown)$/i, "")).trim();
  const span = frontMatterKeySpan(source, titleKey) ?? frontMatterKeySpan(source, key);
  const position = (span && spanPosition(file, span.valueOffset, span.valueEnd)) ?? {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 1, offset: 0 }
  };
  const named = spec.pattern || spec.names ? levelReader(spec)(titleText) : void 0;
  const title = makeTitle(titleText, "heading", 0, position);
  title.name = named?.name ?? titleText;
  title.separator = "";
  const level = named?.level ?? { label: titleText, major: order, rank: order };
  title.level = level;
  const page = levelPage(path, level, title);
  const firstSection = nodes.findIndex((node) => node.type === "heading");
  readBody(page, nodes, firstSection, file);
  return [{ page, nodes }];
}
function yamlLadderLevels(file, path, spec) {
  const ladder = readYamlLadder(String(file.value), spec);
  if (!ladder) return [];
  const trackTitle = ladder.title?.text ?? path;
  return ladder.levels.map((entry) => {
    const position = spanPosition(file, entry.offset, entry.endOffset) ?? {
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 }
    };
    const level = numberedLevel("Level ", String(entry.level));
    const title = makeTitle(`${level.label}`, "heading", 0, position);
    title.level = level;
    title.name = trackTitle;
    const sections = entry.topics.map((topic) => ({
      name: topic.name,
      emoji: { raw: "", form: "none" },
      depth: 2,
      position: spanPosition(file, topic.offset, topic.endOffset) ?? position,
      bullets: topic.criteria.flatMap((criterion) => {
        const at = spanPosition(file, criterion.offset, criterion.endOffset);
        return at ? [{ text: criterion.text, position: at }] : [];
      })
    }));
    const page = levelPage(path, level, title, sections);
    const lines = entry.criteria.map((criterion) => ({ text: criterion.text, offset: criterion.offset }));
    return { page, nodes: [], lines };
  });
}
function sourceLines(nodes, source) {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === void 0 || end === void 0) return [];
  const lines = [];
  let offset = start;
  for (const text of source.slice(start, end).split("\n")) {
    lines.push({ text: text.replace(/\r$/, ""), offset });
    offset += text.length + 1;
  }
  return lines;
}
var stepsByLayout = /* @__PURE__ */ new WeakMap();
function stepsOf(config, layout) {
  const byLayout = stepsByLayout.get(config) ?? /* @__PURE__ */ new WeakMap();
  stepsByLayout.set(config, byLayout);
  let steps = byLayout.get(layout);
  if (!steps) {
    steps = stepsFor(config, layout);
    byLayout.set(layout, steps);
  }
  return steps;
}
function stepsFor(config, layout) {
  const steps = /* @__PURE__ */ new Map();
  const templates = layout.template ? [config.templates[layout.template]] : Object.values(config.templates);
  for (const template of templates) {
    for (const field of template?.metadata?.fields ?? []) {
      const scale = field.scale ? config.scales[field.scale] : void 0;
      for (const rank of scale?.ranks ?? [])
        for (const phrase of [rank.name, ...rank.phrases])
          if (!steps.has(phrase.toLocaleLowerCase("en")))
            steps.set(phrase.toLocaleLowerCase("en"), { label: field.label });
    }
  }
  return steps;
}
function addFields(part, file, layout, config) {
  const source = String(file.value);
  const place = positions(file);
  const found = [];
  for (const spec of layout.fields ?? []) {
    switch (spec.from) {
      case "label-lines":
        append(found, readLabelLines(part.nodes, source, place));
        break;
      case "table":
        append(found, readTableFields(part.nodes, source, place));
        break;
      case "steps": {
        const steps = stepsOf(config, layout);
        part.page.metadata = part.page.metadata.filter(
          (field) => !steps.has(field.label.toLocaleLowerCase("en"))
        );
        append(found, readStepFields(part.nodes, source, place, steps));
        break;
      }
      case "pattern":
        found.push(
          ...readPatternFields(
            part.lines ?? sourceLines(part.nodes, source),
            [
              {
                regex: safePattern(spec.pattern ?? ""),
                ...spec.label ? { label: spec.label } : {}
              }
            ],
            place
          )
        );
        break;
      case "front-matter":
        found.push(
          ...readFrontMatterFields(
            frontMatterDataOf(source) ?? {},
            (key) => frontMatterKeySpan(source, key),
            place,
            spec.keys
          )
        );
        break;
    }
  }
  const taken = new Set(part.page.metadata.map((field) => field.labelPosition.start.line));
  for (const field of found) {
    if (taken.has(field.labelPosition.start.line)) continue;
    taken.add(field.labelPosition.start.line);
    part.page.metadata.push(field);
  }
}
function frontMatterDataOf(source) {
  const range = frontMatterRange(source);
  if (!range) return void 0;
  try {
    const data = parseYaml(source.slice(range.start, range.end));
    return data && typeof data === "object" && !Array.isArray(data) ? data : void 0;
  } catch {
    return void 0;
  }
}

export {
  readLadderFile
};
