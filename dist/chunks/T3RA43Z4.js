#!/usr/bin/env node
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  defaultYamlLevels,
  readYamlLadder
} from "./UI456VJZ.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-front-matter.ts
var optionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: 'Criteria that may repeat within a level, such as labels every topic has ("Criteria for sublevel A"); a text ending in * allows every criterion that starts with it.'
    }
  }
};
var ladderFrontMatter = definePageRule(
  {
    id: "ladder-front-matter",
    description: "YAML front matter can be read, and a ladder kept in it declares the levels it describes and lists each criterion once per level.",
    defaultSeverity: "error",
    scope: "page",
    options: optionsSchema
  },
  (tree, file, options) => {
    if (tree.children[0]?.type !== "yaml") return;
    const { config } = ladderContext(tree, file);
    const levels = config.ladder?.levels;
    const source = String(file.value);
    const ladder = readYamlLadder(source, levels);
    if (!ladder) return;
    const place = positions(file);
    const report = (reason, span) => {
      const start = place.toPoint(span.offset);
      const end = place.toPoint(span.endOffset);
      if (start) file.message(reason, { place: end ? { start, end } : start });
    };
    for (const error of ladder.errors) report(error.reason, error);
    if (levels?.in !== "yaml") return;
    checkLevelCount(ladder, levels.count ?? defaultYamlLevels.count, report);
    checkRepeatedCriteria(ladder, options?.allow ?? [], (offset) => place.toPoint(offset)?.line, report);
  }
);
function checkLevelCount(ladder, key, report) {
  const declared = ladder.declaredCount;
  const used = ladder.levels.map((level) => level.level);
  const lowest = used[0];
  const highest = used.at(-1);
  if (!declared || lowest === void 0 || highest === void 0 || highest === declared.value) return;
  const says = `"${key}: ${declared.value}" says this track has ${declared.value} levels, but its topics describe`;
  if (highest > declared.value) {
    const extra = used.filter((level) => level > declared.value);
    const named = `level${extra.length > 1 ? "s" : ""} ${listed(extra)}`;
    report(`${says} ${named}. Make it "${key}: ${highest}", or remove ${named}.`, declared);
  } else {
    const range = lowest === highest ? `level ${lowest}` : `levels ${lowest}\u2013${highest}`;
    const missing = highest + 1 === declared.value ? `level ${declared.value}` : `levels ${highest + 1}\u2013${declared.value}`;
    report(`${says} only ${range}. Make it "${key}: ${highest}", or describe ${missing}.`, declared);
  }
}
function checkRepeatedCriteria(ladder, allow, lineOf, report) {
  const allowed = allow.map((entry) => ({
    text: sameText(entry.replace(/\*$/, "")),
    prefix: entry.endsWith("*")
  }));
  for (const level of ladder.levels) {
    const first = /* @__PURE__ */ new Map();
    const labels = labelsOf(level);
    for (const criterion of level.criteria) {
      const same = sameText(criterion.text);
      if (same === "" || labels.has(same)) continue;
      if (allowed.some(({ text, prefix }) => prefix ? same.startsWith(text) : same === text)) continue;
      const earlier = first.get(same);
      if (!earlier) {
        first.set(same, criterion);
        continue;
      }
      const line = lineOf(earlier.offset);
      report(
        `This criterion is already listed for level ${level.level}${line ? ` (line ${line})` : ""}. Remove one of the two.`,
        criterion
      );
    }
  }
}
function labelsOf(level) {
  const topicsWith = /* @__PURE__ */ new Map();
  for (const topic of level.topics)
    for (const text of new Set(topic.criteria.map((criterion) => sameText(criterion.text))))
      topicsWith.set(text, (topicsWith.get(text) ?? 0) + 1);
  return new Set([...topicsWith].filter(([, count]) => count >= 3).map(([text]) => text));
}
function sameText(text) {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
function listed(levels) {
  if (levels.length < 2) return levels.join("");
  return `${levels.slice(0, -1).join(", ")} and ${levels.at(-1)}`;
}
var ladder_front_matter_default = ladderFrontMatter;

export {
  ladder_front_matter_default
};
