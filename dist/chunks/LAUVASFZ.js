#!/usr/bin/env node
import {
  sameWords,
  sectionMatches
} from "./D4EKRLWE.js";
import {
  defineTrackRule
} from "./SLYHWU2C.js";

// rules/ladder-track-consistency.ts
var ladderTrackConsistency = defineTrackRule(
  {
    id: "ladder-track-consistency",
    description: "The pages of a track write metadata labels and section headings the same way.",
    defaultSeverity: "warn",
    scope: "track"
  },
  {
    check(context) {
      const levels = context.pages.filter((page) => page.kind === "level");
      if (levels.length < 2) return;
      const templates = context.config.templates;
      const labels = /* @__PURE__ */ new Map();
      const headings = /* @__PURE__ */ new Map();
      for (const page of levels) {
        for (const field of page.metadata) {
          const key = field.label.toLocaleLowerCase("en");
          labels.set(key, [
            ...labels.get(key) ?? [],
            { page, text: field.label, place: field.labelPosition }
          ]);
        }
        for (const section of page.sections) {
          const spec = Object.values(templates).flatMap((template) => template.sections).find((candidate) => sectionMatches(candidate, section));
          if (!spec || !(sameWords(spec.name, section.name) || spec.aliases?.some((alias) => sameWords(alias, section.name))))
            continue;
          const key = section.name.toLocaleLowerCase("en");
          headings.set(key, [
            ...headings.get(key) ?? [],
            { page, text: section.name, place: section.position }
          ]);
        }
      }
      for (const usages of labels.values()) flagMinority(usages, "metadata label", context);
      for (const usages of headings.values()) flagMinority(usages, "heading", context);
    }
  }
);
function flagMinority(usages, what, { report }) {
  const counts = /* @__PURE__ */ new Map();
  for (const usage of usages) counts.set(usage.text, (counts.get(usage.text) ?? 0) + 1);
  if (counts.size < 2) return;
  const [majority, majorityCount] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (majority === void 0 || majorityCount === void 0) return;
  for (const usage of usages) {
    if (usage.text === majority) continue;
    const others = usages.filter((other) => other.text === majority).map((other) => levelOf(other.page));
    report(
      usage.page,
      `This ${what} is written "${usage.text}", but ${others.join(", ")} of this track write${others.length === 1 ? "s" : ""} "${majority}". Write it the same way on every page.`,
      { place: usage.place, expected: [majority] }
    );
  }
}
function levelOf(page) {
  return page.level?.label ?? page.path;
}
var ladder_track_consistency_default = ladderTrackConsistency;

export {
  ladder_track_consistency_default
};
