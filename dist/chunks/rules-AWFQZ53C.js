import {
  fileName
} from "./rules-5ESO3VDY.js";
import {
  defineTrackRule
} from "./rules-KJD4ZCKK.js";

// rules/ladder-progression.ts
import { VFileMessage } from "vfile-message";

// src/progression/scales.ts
var numberWords = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12
};
var amount = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
var durationPattern = new RegExp(
  String.raw`(?<![\p{L}\d])(?:~\s*)?${amount}\s*(?:(?:-|–|to)\s*${amount}\s*)?(?:(\+)\s*)?(?:-\s*)?(week|month|quarter|year|cycle)s?\b`,
  "iu"
);
function toNumber(text) {
  if (text === void 0) return void 0;
  const lower = text.toLowerCase();
  return numberWords[lower] ?? Number(lower);
}
function placeDuration(value, cycleWeeks = 6) {
  const text = value.toLowerCase();
  const weeksPer = {
    week: 1,
    month: 52 / 12,
    quarter: 13,
    year: 52,
    cycle: cycleWeeks
  };
  const cycles = /\bcurrent and next (?:cycle|sprint)/.test(text) ? 2 : /\b(?:current|this) (?:cycle|sprint)\b/.test(text) ? 1 : void 0;
  if (cycles !== void 0) {
    const weeks = cycles * cycleWeeks;
    return {
      min: weeks,
      max: weeks,
      reading: `${cycles} ${cycles === 1 ? "cycle" : "cycles"} (${weeks} weeks)`
    };
  }
  const match = durationPattern.exec(text);
  if (!match) return void 0;
  const unit = weeksPer[match[4] ?? ""] ?? 1;
  const low = toNumber(match[1]);
  const high = toNumber(match[2]) ?? low;
  if (low === void 0 || high === void 0 || Number.isNaN(low) || Number.isNaN(high)) return void 0;
  const min = Math.round(low * unit);
  const max = match[3] ? Number.POSITIVE_INFINITY : Math.round(high * unit);
  return {
    min,
    max,
    reading: max === min ? `${min} weeks` : max === Infinity ? `${min}+ weeks` : `${min}\u2013${max} weeks`
  };
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var parenthesised = /\(([^()]*)\)/g;
var countAtStart = /^\s*(?:~\s*)?(\d+)\s*(?:(?:-|–|to)\s*(\d+)\s*)?(\+)?/;
function countIn(text) {
  for (const group of text.matchAll(parenthesised)) {
    const count = countAtStart.exec(group[1] ?? "");
    if (count) return count;
  }
  return void 0;
}
function placeRank(value, ranks) {
  const text = value.toLowerCase();
  let best;
  for (const [index, rank] of ranks.entries()) {
    for (const phrase of rank.phrases) {
      const pattern = new RegExp(`(?<![\\p{L}\\d])${escape(phrase.toLowerCase())}(?![\\p{L}\\d])`, "u");
      const found = pattern.exec(text);
      if (!found) continue;
      const better = !best || found.index < best.at || found.index === best.at && phrase.length > best.length;
      if (better) best = { index, at: found.index, length: phrase.length };
    }
  }
  const count = countIn(text);
  const counted = count ? ` (${count[1]}${count[2] ? `\u2013${count[2]}` : ""}${count[3] ? "+" : ""} people)` : "";
  if (best) {
    const name = ranks[best.index]?.name ?? "";
    return {
      min: best.index,
      max: best.index,
      reading: `${name}, step ${best.index + 1} of ${ranks.length}${counted}`
    };
  }
  if (count) {
    const people = Number(count[1]);
    const index = ranks.findIndex((rank) => rank.count !== void 0 && rank.count >= people);
    if (index >= 0)
      return {
        min: index,
        max: index,
        reading: `${ranks[index]?.name}, step ${index + 1} of ${ranks.length}${counted}`
      };
  }
  return void 0;
}
var numberPattern = /(?:~\s*)?(-?\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(-?\d+(?:\.\d+)?)\s*)?(?:(\+)\s*)?(%)?/;
function placeNumber(value) {
  const match = numberPattern.exec(value);
  if (!match) return void 0;
  const min = Number(match[1]);
  const max = match[3] ? Number.POSITIVE_INFINITY : Number(match[2] ?? match[1]);
  const unit = match[4] ?? "";
  return {
    min,
    max,
    reading: max === min ? `${min}${unit}` : max === Infinity ? `${min}${unit}+` : `${min}\u2013${max}${unit}`
  };
}
function place(value, scale) {
  switch (scale.kind) {
    case "duration":
      return placeDuration(value, scale.cycleWeeks);
    case "ranks":
      return placeRank(value, scale.ranks ?? []);
    case "number":
      return placeNumber(value);
  }
}
function comparePlacements(a, b) {
  return a.min - b.min || (a.max === b.max ? 0 : a.max < b.max ? -1 : 1);
}
function scaleHint(scaleName, scale) {
  switch (scale.kind) {
    case "duration":
      return `Write it as a length of time such as "Current cycle", "Two quarters", "6-12 months" or "3+ years"`;
    case "ranks":
      return `Use the words of one of its steps (${(scale.ranks ?? []).map((rank) => rank.name).join(" < ")}), or add a phrase to that step under "scales" \u2192 "${scaleName}" \u2192 "ranks" in the ladder-lint config`;
    case "number":
      return 'Write it as a number or a range such as "5+", "3-5" or "~50-65%"';
  }
}

// src/progression/progression.ts
function levelOrder(level) {
  return level.rank;
}
function scaledFields(config) {
  const columns = /* @__PURE__ */ new Map();
  for (const template of Object.values(config.templates)) {
    for (const spec of template.metadata?.fields ?? []) {
      if (!spec.scale) continue;
      const scale = config.scales[spec.scale];
      if (!scale) continue;
      const key = spec.label.toLowerCase();
      const names = [spec.label, ...spec.aliases ?? []].map((name) => name.toLowerCase());
      const existing = columns.get(key);
      if (existing) existing.names.push(...names.filter((name) => !existing.names.includes(name)));
      else columns.set(key, { label: spec.label, names, scaleName: spec.scale, scale });
    }
  }
  return [...columns.values()];
}
function columnOf(field, columns) {
  const label = field.label.toLowerCase();
  return columns.find((column) => column.names.includes(label));
}
function valueText(field) {
  return field.value.replace(
    new RegExp(`^\\s*${field.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:\\s*`, "i"),
    ""
  );
}
function trackProgression(track, pages, config) {
  const columns = scaledFields(config);
  const levelPages = pages.filter((page) => page.kind === "level" && page.level);
  const byLevel = /* @__PURE__ */ new Map();
  for (const page of levelPages) {
    const level = page.level;
    const key = levelOrder(level);
    const row = byLevel.get(key) ?? { level, pages: [] };
    row.pages.push(page);
    byLevel.set(key, row);
  }
  const rows = [...byLevel.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  for (const row of rows) row.pages.sort((a, b) => a.path.localeCompare(b.path));
  const values = [];
  const valueOf = /* @__PURE__ */ new Map();
  for (const page of levelPages) {
    const own = /* @__PURE__ */ new Map();
    for (const field of page.metadata) {
      const column = columnOf(field, columns);
      if (!column || own.has(column)) continue;
      const placement = field.value.trim() ? place(valueText(field), column.scale) : void 0;
      const value = { page, column, field, ...placement ? { placement } : {} };
      own.set(column, value);
      values.push(value);
    }
    valueOf.set(page, own);
  }
  const regressions = [];
  for (let index = 1; index < rows.length; index++) {
    const lowerRow = rows[index - 1];
    const higherRow = rows[index];
    const skipped = [];
    const prefix = higherRow.level.prefix;
    if (prefix !== void 0 && prefix === lowerRow.level.prefix)
      for (let major = lowerRow.level.major + 1; major < higherRow.level.major; major++)
        skipped.push(`${prefix}${major}`);
    for (const higherPage of higherRow.pages) {
      for (const lowerPage of lowerRow.pages) {
        for (const column of columns) {
          const higher = valueOf.get(higherPage)?.get(column);
          const lower = valueOf.get(lowerPage)?.get(column);
          if (!higher?.placement || !lower?.placement) continue;
          const direction = column.scale.direction ?? "up";
          if (direction === "any") continue;
          const order = comparePlacements(higher.placement, lower.placement);
          if (direction === "up" && order < 0 || direction === "down" && order > 0)
            regressions.push({ higher, lower, skipped });
        }
      }
    }
  }
  return { track, columns, rows, values, regressions };
}

// rules/ladder-progression.ts
function written(value) {
  return value.field.value.trim().replace(/\.$/, "");
}
function where(value) {
  const position = value.field.valuePosition ?? value.field.position;
  return `${fileName(value.page.path)}:${position.start.line}`;
}
var ladderProgression = defineTrackRule(
  {
    id: "ladder-progression",
    description: "From one level to the next, metadata such as planning horizon and impact radius never go backwards.",
    defaultSeverity: "error",
    scope: "track"
  },
  {
    check({ pages, config, report }) {
      const unit = config.ladder.levels.in === "page" ? "page" : "level";
      const track = pages[0]?.track ?? "";
      const progression = trackProgression(track, pages, config);
      for (const value of progression.values) {
        if (value.placement || !value.field.value.trim()) continue;
        const noun = value.column.scale.noun ?? value.column.label;
        report(
          value.page,
          `${value.field.label} "${written(value)}" could not be read onto the ${noun} scale, so it is not compared with the levels around it. ${scaleHint(value.column.scaleName, value.column.scale)}.`,
          { place: value.field.valuePosition ?? value.field.position }
        );
      }
      for (const { higher, lower, skipped } of progression.regressions) {
        const direction = higher.column.scale.direction ?? "up";
        const comparison = higher.column.scale.kind === "duration" ? direction === "up" ? "shorter than" : "longer than" : direction === "up" ? "lower than" : "higher than";
        const higherLevel = higher.page.level?.label ?? "";
        const lowerLevel = lower.page.level?.label ?? "";
        const gap = skipped.length > 0 ? `, the nearest level below (this track has no ${skipped.join(", ")} ${unit})` : "";
        const fix = direction === "up" ? `A higher level should not ask for less than the level below: raise this value, or correct the ${lowerLevel} ${unit}.` : `This value may only go down from one level to the next: lower it, or correct the ${lowerLevel} ${unit}.`;
        const reason = `${higher.field.label} "${written(higher)}" (${higherLevel}) is ${comparison} "${written(lower)}" at ${lowerLevel}${gap} (${where(lower)}). ${fix}`;
        const lowerPosition = lower.field.valuePosition ?? lower.field.position;
        const cause = new VFileMessage(
          `${higher.column.label} at ${lowerLevel} is "${lower.field.value.trim()}"`,
          {
            place: lowerPosition,
            ruleId: "ladder-progression",
            source: "ladder-lint"
          }
        );
        cause.file = lower.page.path;
        report(higher.page, reason, { place: higher.field.valuePosition ?? higher.field.position, cause });
      }
    }
  }
);
var ladder_progression_default = ladderProgression;

export {
  ladder_progression_default
};
