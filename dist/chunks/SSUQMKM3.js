#!/usr/bin/env node
import {
  attachFix,
  attachSuggestions,
  fixOf
} from "./A7GFOY4H.js";
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  fileNameReading,
  pageLevelReader
} from "./4CY6Z5UJ.js";
import {
  visit
} from "./AUYJIZVL.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-title.ts
var comparable = (text) => text.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var ladderTitle = definePageRule(
  {
    id: "ladder-title",
    description: 'A level page starts with one title heading, "# Ln: Name", that agrees with its file name.',
    defaultSeverity: "error",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    const { page, template, layout } = ladderContext(tree, file);
    if (layout.levels.in !== "page" || page.kind !== "level" || !page.level) return;
    const title = page.title;
    const fileName = page.path.split("/").pop() ?? page.path;
    const fromFile = fileNameReading(page.path, pageLevelReader(layout.levels));
    const fileLevel = fromFile?.level;
    if (!/\.(md|markdown)$/i.test(fileName) && fileLevel) {
      const renamed = `${fileName.replace(/\.[^.]*$/, "")}.md`;
      const message = file.message(
        `This page's file name "${fileName}" does not end in .md, so GitHub shows it as plain text. Rename it to "${renamed}".`,
        { place: title?.position ?? { line: 1, column: 1 } }
      );
      message.expected = [renamed];
      attachSuggestions(message, [{ desc: `Rename the file to "${renamed}".` }]);
    }
    const level = page.level.label;
    const name = title?.name || fromFile?.name || "";
    const expectedTitle = `# ${level}: ${name}`;
    if (!title) {
      const firstHeading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
      const message = file.message(
        firstHeading ? `The title heading must be the first line of the page, before anything else. Move "${expectedTitle}" to the top.` : `This page has no title. Add "${expectedTitle}" as its first line.`,
        { place: firstHeading?.position ?? { line: 1, column: 1 } }
      );
      message.expected = [expectedTitle];
      attachSuggestions(message, [
        { desc: `${firstHeading ? "Move" : "Add"} "${expectedTitle}" as the first line of the page.` }
      ]);
      return;
    }
    if (title.form !== "heading" || title.depth !== 1) {
      const written = title.form === "heading" ? `a level-${title.depth} heading` : `"${title.form === "bold" ? "**" : "***"}${title.text}"`;
      const message = file.message(
        `The title is written as ${written}, which GitHub does not show as the page title. Make it a heading: "${expectedTitle}".`,
        { place: title.position }
      );
      message.expected = [expectedTitle];
      return;
    }
    visit(tree, "heading", (heading) => {
      if (heading.depth === 1 && heading.position && heading.position.start.line !== title.position.start.line) {
        file.message(
          'A page has one title, and this is a second "#" heading. Make it a "##" section heading or remove it.',
          { place: heading.position }
        );
      }
    });
    if (!title.level) {
      const message = file.message(`The title does not say the level. Write it as "${expectedTitle}".`, {
        place: title.position
      });
      message.expected = [expectedTitle];
      return;
    }
    if (fileLevel && fileLevel.label !== title.level.label) {
      const message = file.message(
        `The title says ${title.level.label} but the file name says ${fileLevel.label}. Change one so that both name the same level.`,
        { place: title.position }
      );
      const source = String(file.value);
      const start = title.position.start.offset;
      const end = title.position.end.offset;
      const written = start === void 0 || end === void 0 ? "" : source.slice(start, end);
      const before = /^#+[ \t]+/.exec(written)?.[0];
      const after = written.slice((before?.length ?? 0) + title.level.label.length);
      if (start !== void 0 && before && written.startsWith(title.level.label, before.length) && !/^\.?[\p{L}\p{N}]/u.test(after)) {
        const from = start + before.length;
        attachFix(
          message,
          fixOf(source, [from, from + title.level.label.length], fileLevel.label, title.level.label)
        );
      }
    }
    const separator = template?.title?.separator ?? ":";
    if (separator === ":" && title.separator !== ":") {
      const message = file.message(
        `Write the title as "${expectedTitle}", with a colon after the level, as the other level pages do.`,
        { place: title.position }
      );
      message.expected = [expectedTitle];
    }
    if (page.levelSource === "file-name") {
      if (fromFile?.name && comparable(fromFile.name) !== comparable(title.name)) {
        file.message(
          `The title names the role "${title.name}" but the file name says "${fromFile.name}". Rename the file or change the title so they agree.`,
          { place: title.position }
        );
      }
    }
  }
);
var ladder_title_default = ladderTitle;

export {
  ladder_title_default
};
