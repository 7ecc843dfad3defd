#!/usr/bin/env node

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

export {
  place,
  comparePlacements,
  scaleHint
};
