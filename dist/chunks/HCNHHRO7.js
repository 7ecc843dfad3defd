#!/usr/bin/env node
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  sectionMatches
} from "./D4EKRLWE.js";
import {
  visit
} from "./AUYJIZVL.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-heading-style.ts
import { toString } from "mdast-util-to-string";
var hashes = (depth) => "#".repeat(depth);
var leadingStars = /^(\*{2,3}|_{2,3})(?=\S)/;
var examplesLabel = /^examples\s*:?$/i;
var leadingEmoji = /^(?::[a-z0-9_+-]+:|[^\p{L}\p{N}])+/iu;
function withoutMarks(text) {
  let start = 0;
  let end = text.length;
  while (start < end && "*_".includes(text.charAt(start))) start++;
  while (end > start && "*_".includes(text.charAt(end - 1))) end--;
  return text.slice(start, end).trim();
}
var ladderHeadingStyle = definePageRule(
  {
    id: "ladder-heading-style",
    description: 'Headings are real headings: no bold line standing in for one, a "#" title first, no skipped levels.',
    defaultSeverity: "warn",
    scope: "page"
  },
  (tree, file) => {
    const source = String(file.value);
    const { page, template, layout } = ladderContext(tree, file);
    const frontMatterTitle = tree.children[0]?.type === "yaml" && /^title\s*:/m.test(tree.children[0].value);
    const headings = [];
    const fakes = [];
    const titleLine = layout.levels.in === "page" && page.kind === "level" ? page.title?.position.start.line : void 0;
    visit(tree, ["heading", "paragraph"], (node, _index, parent) => {
      if (node.type === "heading") {
        headings.push(node);
        return;
      }
      const paragraph = node;
      const start = paragraph.position?.start;
      const end = paragraph.position?.end;
      if (parent?.type !== "root" || !start || !end || start.line !== end.line || start.column !== 1) return;
      if (start.line === titleLine) return;
      const line = source.slice(start.offset, end.offset);
      const [first2] = paragraph.children;
      const text = withoutMarks(toString(paragraph));
      if (!text || /[.!?]$/.test(text) || examplesLabel.test(text)) return;
      if (leadingStars.test(line) && first2?.type === "text" && /^[*_]/.test(first2.value)) {
        fakes.push({ node: paragraph, text, unclosed: true });
        return;
      }
      const whole = paragraph.children.length === 1 && (first2?.type === "strong" || first2?.type === "emphasis");
      const index = parent.children.indexOf(paragraph);
      if (whole && /^(\*\*|__)/.test(line) && parent.children[index + 1]?.type === "list")
        fakes.push({ node: paragraph, text, unclosed: false });
    });
    const h1 = headings.some((heading) => heading.depth === 1);
    const depthFor = (fake, text) => {
      const name = text.replace(leadingEmoji, "").trim();
      const spec = template?.sections.find((section) => sectionMatches(section, { name }));
      if (spec?.depth) return spec.depth;
      const line = fake.position.start.line;
      const before = headings.filter((heading) => heading.position.start.line < line).pop();
      if (before) return Math.min(before.depth + 1, 6);
      return h1 || frontMatterTitle || page.title ? 2 : 1;
    };
    for (const fake of fakes) {
      const expected = `${hashes(depthFor(fake.node, fake.text))} ${fake.text}`;
      const line = source.slice(fake.node.position.start.offset, fake.node.position.end.offset);
      const message = file.message(
        fake.unclosed ? `This line starts with "${leadingStars.exec(line)?.[1]}" that are never closed, so the page shows them. Write it as a heading: "${expected}".` : `This bold line stands in for a heading, so it is missing from the page's outline and cannot be linked to. Write it as a heading: "${expected}".`,
        { place: fake.node.position }
      );
      message.actual = line;
      message.expected = [expected];
    }
    const first = headings[0];
    if (first && first.depth !== 1 && !h1 && !frontMatterTitle && titleLine === void 0 && page.kind !== "level") {
      const text = toString(first);
      const expected = `# ${text}`;
      const message = file.message(
        `The page's first heading "${hashes(first.depth)} ${text}" is not a title. Start the page with a "#" heading: "${expected}".`,
        { place: first.position }
      );
      message.actual = source.slice(first.position.start.offset, first.position.end.offset);
      message.expected = [expected];
    }
    for (let index = 1; index < headings.length; index++) {
      const previous = headings[index - 1];
      const heading = headings[index];
      if (heading.depth <= previous.depth + 1) continue;
      const text = toString(heading);
      const expected = `${hashes(previous.depth + 1)} ${text}`;
      const message = file.message(
        `"${hashes(heading.depth)} ${text}" comes right under a "${hashes(previous.depth)}" heading, skipping a level. Write it as "${expected}".`,
        { place: heading.position }
      );
      message.actual = source.slice(heading.position.start.offset, heading.position.end.offset);
      message.expected = [expected];
    }
  }
);
var ladder_heading_style_default = ladderHeadingStyle;

export {
  ladder_heading_style_default
};
