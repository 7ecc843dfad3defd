#!/usr/bin/env node
import {
  headingFor,
  headingOf
} from "./H6E5BKS7.js";
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  sectionMatches
} from "./D4EKRLWE.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-sections.ts
var ladderSections = definePageRule(
  {
    id: "ladder-sections",
    description: "A page has its template's sections, once each, in order, with the template's emoji.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    const { levels, config, layout } = ladderContext(tree, file);
    const byFit = layout.levels.in === "page";
    for (const level of levels) if (level.template || byFit) checkLevel(level, config, tree, file);
  }
);
function checkLevel({ page, template, templateName }, config, tree, file) {
  if (page.kind !== "level") return;
  const titlePlace = page.title?.position ?? { line: 1, column: 1 };
  if (!template) {
    if (Object.keys(config.templates).length === 0) return;
    if (page.sections.length === 0 && !page.summary && !hasBullets(tree)) return;
    file.message(
      `This page does not follow any page template (${Object.keys(config.templates).join(", ")}): it has too few of their sections. Start from another level page of the same track, or describe this kind of page as a template in the configuration.`,
      { place: titlePlace }
    );
    return;
  }
  if (templateName === void 0) return;
  const specFor = (section) => template.sections.find((spec) => sectionMatches(spec, section));
  let lastIndex = -1;
  let lastSection;
  const seen = /* @__PURE__ */ new Map();
  for (const section of page.sections) {
    const spec = specFor(section);
    if (!spec) {
      const expectedDepth = Math.min(...template.sections.map((candidate) => candidate.depth ?? 2));
      if (!template.allowExtraSections && section.depth <= expectedDepth) {
        file.message(
          `"${headingOf(section)}" is not a section of the ${templateName} template, whose sections are: ${template.sections.map((candidate) => `"${candidate.name}"`).join(", ")}. Rename it to one of them or remove it.`,
          { place: section.position }
        );
      }
      continue;
    }
    const index = template.sections.indexOf(spec);
    const earlier = seen.get(spec);
    if (earlier && !spec.repeatable) {
      file.message(
        `"${headingOf(section)}" appears twice (first on line ${earlier.position.start.line}). Merge the two sections.`,
        { place: section.position }
      );
      continue;
    }
    if (index < lastIndex && lastSection) {
      file.message(
        `"${headingOf(section)}" should come before "${headingOf(lastSection)}", in the template's order: ${template.sections.map((candidate) => `"${candidate.name}"`).join(", ")}.`,
        { place: section.position }
      );
    }
    if (spec.depth !== void 0 && section.depth !== spec.depth) {
      const message = file.message(
        `"${headingOf(section)}" is a level-${section.depth} heading; make it level ${spec.depth}: "${headingFor(spec, section)}".`,
        { place: section.position }
      );
      message.expected = [headingFor(spec, section)];
    }
    checkEmoji(spec, section, (reason, expected) => {
      const message = file.message(reason, { place: section.position });
      message.expected = [expected];
    });
    seen.set(spec, section);
    if (index > lastIndex) {
      lastIndex = index;
      lastSection = section;
    }
  }
  let previous;
  for (const spec of template.sections) {
    const found = seen.get(spec);
    if (found) {
      previous = found;
      continue;
    }
    if (spec.required === false) continue;
    const where = previous ? `after "${headingOf(previous)}"` : "after the summary";
    const message = file.message(
      `The "${spec.name}" section is missing. Add "${headingFor(spec)}" ${where}, with its expectations.`,
      { place: previous?.position ?? titlePlace }
    );
    message.expected = [headingFor(spec)];
  }
}
function hasBullets(tree) {
  return tree.children.some((node) => node.type === "list" && !node.ordered);
}
function checkEmoji(spec, section, report) {
  const accepted = spec.emoji;
  if (!accepted || accepted.length === 0) return;
  const { emoji } = section;
  const expected = headingFor(spec, section);
  if (emoji.form === "none") {
    report(
      `"${headingOf(section)}" has no emoji; the template puts ${accepted[0]} before it: "${expected}".`,
      expected
    );
    return;
  }
  const candidate = emoji.form === "garbled" ? emoji.resolved : emoji.raw;
  if (candidate !== void 0 && !accepted.includes(candidate) && !accepted.includes(candidate.replace(/\uFE0F/g, ""))) {
    report(
      `"${headingOf(section)}" has the emoji ${emoji.raw} where the template has ${accepted[0]}: "${expected}".`,
      expected
    );
  }
}
var ladder_sections_default = ladderSections;

export {
  ladder_sections_default
};
