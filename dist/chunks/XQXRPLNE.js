#!/usr/bin/env node
import {
  fileName
} from "./H6E5BKS7.js";
import {
  defineTrackRule
} from "./SLYHWU2C.js";

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
  for (const column of columns) {
    const direction = column.scale.direction ?? "up";
    if (direction === "any") continue;
    const byRow = rows.map(
      (row) => row.pages.flatMap((page) => {
        const value = valueOf.get(page)?.get(column);
        return value?.placement ? [value] : [];
      })
    );
    for (const found of outliers(byRow, direction)) {
      const [low, high] = found.side === "below" ? [found.againstRow, found.row] : [found.row, found.againstRow];
      const skipped = [];
      const lowerLevel = rows[low].level;
      const higherLevel = rows[high].level;
      if (high - low === 1 && lowerLevel.prefix !== void 0 && lowerLevel.prefix === higherLevel.prefix)
        for (let major = lowerLevel.major + 1; major < higherLevel.major; major++)
          skipped.push(`${lowerLevel.prefix}${major}`);
      regressions.push({ value: found.value, against: found.against, side: found.side, skipped });
    }
  }
  return { track, columns, rows, values, regressions };
}
var mostCandidates = 1e3;
function outliers(byRow, direction) {
  const distinct = [];
  for (const value of byRow.flat())
    if (!distinct.some(
      (other) => comparePlacements(other.placement, value.placement) === 0
    ))
      distinct.push(value);
  distinct.sort((a, b) => comparePlacements(a.placement, b.placement));
  const steps = distinct.length;
  const rankOf = (value) => {
    const rank = distinct.findIndex(
      (other) => comparePlacements(other.placement, value.placement) === 0
    );
    return direction === "up" ? rank : steps - 1 - rank;
  };
  const ranks = byRow.map((values) => values.map(rankOf));
  const best = Array.from({ length: byRow.length + 1 }, () => new Array(steps + 1).fill(0));
  const choices = (row, highest) => {
    const own = ranks[row] ?? [];
    const tops = [.../* @__PURE__ */ new Set([highest, ...own.filter((rank) => rank >= highest)])].sort((a, b) => a - b);
    return tops.map((top) => ({
      top,
      kept: own.filter((rank) => rank >= highest && rank <= top && rank >= 0).length
    }));
  };
  for (let row = byRow.length - 1; row >= 0; row--)
    for (let highest = -1; highest < steps; highest++)
      best[row][highest + 1] = Math.max(
        ...choices(row, highest).map(({ top, kept }) => kept + (best[row + 1][top + 1] ?? 0))
      );
  const candidates = [];
  const walk = (row, highest, kept) => {
    if (candidates.length >= mostCandidates) return;
    if (row === byRow.length) {
      candidates.push(kept);
      return;
    }
    const target = best[row][highest + 1];
    for (const { top, kept: count } of choices(row, highest)) {
      if (count + (best[row + 1][top + 1] ?? 0) !== target) continue;
      const own = (ranks[row] ?? []).flatMap(
        (rank, index) => rank >= highest && rank <= top ? [[row, index]] : []
      );
      walk(row + 1, top, [...kept, ...own]);
    }
  };
  walk(0, -1, []);
  const judged = candidates.map((kept) => {
    const isKept = new Set(kept.map(([row, index]) => `${row}:${index}`));
    const blamed = [];
    let cost = 0;
    ranks.forEach(
      (own, row) => own.forEach((rank, index) => {
        if (isKept.has(`${row}:${index}`)) return;
        const below = kept.filter(([other]) => other < row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const above = kept.filter(([other]) => other > row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const floor = Math.max(-1, ...below);
        const ceiling = Math.min(steps, ...above);
        cost += Math.max(0, floor - rank) + Math.max(0, rank - ceiling);
        blamed.push({ row, index, rank, side: rank < floor ? "below" : "above" });
      })
    );
    const levels = blamed.map(({ row }) => row).sort((a, b) => b - a);
    return { kept, blamed, cost, levels };
  });
  const higherFirst = (a, b) => {
    for (let index = 0; index < Math.min(a.length, b.length); index++)
      if (a[index] !== b[index]) return (b[index] ?? 0) - (a[index] ?? 0);
    return 0;
  };
  const [chosen] = judged.sort((a, b) => a.cost - b.cost || higherFirst(a.levels, b.levels));
  if (!chosen) return [];
  return chosen.blamed.map(({ row, index, rank, side }) => {
    const conflicting = chosen.kept.filter(([other, otherIndex]) => {
      const otherRank = ranks[other]?.[otherIndex] ?? 0;
      return side === "below" ? other < row && otherRank > rank : other > row && otherRank < rank;
    }).sort(([a], [b]) => side === "below" ? b - a : a - b);
    const [againstRow, againstIndex] = conflicting[0];
    return {
      value: byRow[row]?.[index],
      row,
      against: byRow[againstRow]?.[againstIndex],
      againstRow,
      side
    };
  });
}
function ladderProgression(pages, config) {
  const tracks = /* @__PURE__ */ new Map();
  for (const page of pages) tracks.set(page.track, [...tracks.get(page.track) ?? [], page]);
  return [...tracks.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([track, members]) => trackProgression(track, members, config)).filter(
    (progression) => progression.rows.length > 0 && (progression.values.length > 0 || progression.columns.length === 0)
  );
}

// rules/ladder-progression.ts
function written(value) {
  return value.field.value.trim().replace(/\.$/, "");
}
function where(value) {
  const position = value.field.valuePosition ?? value.field.position;
  return `${fileName(value.page.path)}:${position.start.line}`;
}
var ladderProgression2 = defineTrackRule(
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
      for (const { value, against, side, skipped } of progression.regressions) {
        const direction = value.column.scale.direction ?? "up";
        const order = comparePlacements(value.placement, against.placement);
        const comparison = value.column.scale.kind === "duration" ? order < 0 ? "shorter than" : "longer than" : order < 0 ? "lower than" : "higher than";
        const level = value.page.level?.label ?? "";
        const againstLevel = against.page.level?.label ?? "";
        const gap = skipped.length > 0 ? `, the nearest level ${side} (this track has no ${skipped.join(", ")} ${unit})` : side === "above" ? ", a higher level" : "";
        const fix = direction === "up" ? side === "below" ? "A higher level should not ask for less than the level below: raise this value." : "A lower level should not ask for more than the levels above it: lower this value." : side === "below" ? "This value may only go down from one level to the next: lower this value." : "This value may only go down from one level to the next: raise this value.";
        const reason = `${value.field.label} "${written(value)}" (${level}) is ${comparison} "${written(against)}" at ${againstLevel}${gap} (${where(against)}). ${fix}`;
        const cause = new VFileMessage(
          `${against.column.label} at ${againstLevel} is "${against.field.value.trim()}"`,
          {
            place: against.field.valuePosition ?? against.field.position,
            ruleId: "ladder-progression",
            source: "ladder-lint"
          }
        );
        cause.file = against.page.path;
        report(value.page, reason, {
          place: value.field.valuePosition ?? value.field.position,
          cause,
          key: `${value.field.label}: ${written(value)}`
        });
      }
    }
  }
);
var ladder_progression_default = ladderProgression2;

export {
  place,
  comparePlacements,
  ladderProgression,
  ladder_progression_default
};
