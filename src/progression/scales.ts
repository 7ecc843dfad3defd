import type { ScaleSpec } from '../config/types.ts';

/** Where a value sits on its scale: a range, so "6-12 months" sits above "Two Quarters". */
export interface Placement {
  min: number;
  max: number;
  /** How the value was read, for people: "26–52 weeks", "team (4 of 7)". */
  reading: string;
}

const numberWords: Record<string, number> = {
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
  twelve: 12,
};

const amount = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const durationPattern = new RegExp(
  String.raw`(?<![\p{L}\d])(?:~\s*)?${amount}\s*(?:(?:-|–|to)\s*${amount}\s*)?(?:(\+)\s*)?(?:-\s*)?(week|month|quarter|year|cycle)s?\b`,
  'iu',
);

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  return numberWords[lower] ?? Number(lower);
}

export function placeDuration(value: string, cycleWeeks = 6): Placement | undefined {
  const text = value.toLowerCase();
  const weeksPer: Record<string, number> = {
    week: 1,
    month: 52 / 12,
    quarter: 13,
    year: 52,
    cycle: cycleWeeks,
  };
  const cycles = /\bcurrent and next (?:cycle|sprint)/.test(text)
    ? 2
    : /\b(?:current|this) (?:cycle|sprint)\b/.test(text)
      ? 1
      : undefined;
  if (cycles !== undefined) {
    const weeks = cycles * cycleWeeks;
    return {
      min: weeks,
      max: weeks,
      reading: `${cycles} ${cycles === 1 ? 'cycle' : 'cycles'} (${weeks} weeks)`,
    };
  }
  const match = durationPattern.exec(text);
  if (!match) return undefined;
  const unit = weeksPer[match[4] ?? ''] ?? 1;
  const low = toNumber(match[1]);
  const high = toNumber(match[2]) ?? low;
  if (low === undefined || high === undefined || Number.isNaN(low) || Number.isNaN(high)) return undefined;
  const min = Math.round(low * unit);
  const max = match[3] ? Number.POSITIVE_INFINITY : Math.round(high * unit);
  return {
    min,
    max,
    reading: max === min ? `${min} weeks` : max === Infinity ? `${min}+ weeks` : `${min}–${max} weeks`,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const parenthesised = /\(([^()]*)\)/g;
const countAtStart = /^\s*(?:~\s*)?(\d+)\s*(?:(?:-|–|to)\s*(\d+)\s*)?(\+)?/;

/** A head count in parentheses, as in "several teams (3-5 people)". */
function countIn(text: string): RegExpExecArray | undefined {
  for (const group of text.matchAll(parenthesised)) {
    const count = countAtStart.exec(group[1] ?? '');
    if (count) return count;
  }
  return undefined;
}

/** A word scale: the step whose phrase comes first in the value (the longest on a tie). */
export function placeRank(value: string, ranks: NonNullable<ScaleSpec['ranks']>): Placement | undefined {
  const text = value.toLowerCase();
  let best: { index: number; at: number; length: number } | undefined;
  for (const [index, rank] of ranks.entries()) {
    for (const phrase of rank.phrases) {
      const pattern = new RegExp(`(?<![\\p{L}\\d])${escape(phrase.toLowerCase())}(?![\\p{L}\\d])`, 'u');
      const found = pattern.exec(text);
      if (!found) continue;
      const better =
        !best || found.index < best.at || (found.index === best.at && phrase.length > best.length);
      if (better) best = { index, at: found.index, length: phrase.length };
    }
  }
  const count = countIn(text);
  const counted = count ? ` (${count[1]}${count[2] ? `–${count[2]}` : ''}${count[3] ? '+' : ''} people)` : '';
  if (best) {
    const name = ranks[best.index]?.name ?? '';
    return {
      min: best.index,
      max: best.index,
      reading: `${name}, step ${best.index + 1} of ${ranks.length}${counted}`,
    };
  }
  // No phrase: a count may still place it, on the first step that reaches that many people.
  if (count) {
    const people = Number(count[1]);
    const index = ranks.findIndex((rank) => rank.count !== undefined && rank.count >= people);
    if (index >= 0)
      return {
        min: index,
        max: index,
        reading: `${ranks[index]?.name}, step ${index + 1} of ${ranks.length}${counted}`,
      };
  }
  return undefined;
}

const numberPattern = /(?:~\s*)?(-?\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(-?\d+(?:\.\d+)?)\s*)?(?:(\+)\s*)?(%)?/;

export function placeNumber(value: string): Placement | undefined {
  const match = numberPattern.exec(value);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[3] ? Number.POSITIVE_INFINITY : Number(match[2] ?? match[1]);
  const unit = match[4] ?? '';
  return {
    min,
    max,
    reading: max === min ? `${min}${unit}` : max === Infinity ? `${min}${unit}+` : `${min}–${max}${unit}`,
  };
}

export function place(value: string, scale: ScaleSpec): Placement | undefined {
  switch (scale.kind) {
    case 'duration':
      return placeDuration(value, scale.cycleWeeks);
    case 'ranks':
      return placeRank(value, scale.ranks ?? []);
    case 'number':
      return placeNumber(value);
  }
}

/** Negative when `a` sits below `b`: by the lower end, then by the upper end. */
export function comparePlacements(a: Placement, b: Placement): number {
  return a.min - b.min || (a.max === b.max ? 0 : a.max < b.max ? -1 : 1);
}

/** What a value that fits nowhere should be written like, for the finding. */
export function scaleHint(scaleName: string, scale: ScaleSpec): string {
  switch (scale.kind) {
    case 'duration':
      return `Write it as a length of time such as "Current cycle", "Two quarters", "6-12 months" or "3+ years"`;
    case 'ranks':
      return `Use the words of one of its steps (${(scale.ranks ?? []).map((rank) => rank.name).join(' < ')}), or add a phrase to that step under "scales" → "${scaleName}" → "ranks" in the ladder-lint config`;
    case 'number':
      return 'Write it as a number or a range such as "5+", "3-5" or "~50-65%"';
  }
}
