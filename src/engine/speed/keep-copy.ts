/**
 * Copies of what outlives a page's turn (its outline, findings and what cross-page rules
 * collected), made so that a run over tens of thousands of pages keeps as little as it can.
 */

import { isMap } from 'node:util/types';
import type { Point, Position } from 'unist';

/** Strings this short are names, labels and kinds that many pages share. */
const sharedStringLength = 64;

function isPoint(value: unknown): value is Point {
  return typeof (value as Point)?.line === 'number' && typeof (value as Point)?.column === 'number';
}

function isPosition(value: unknown): value is Position {
  return isPoint((value as Position)?.start) && isPoint((value as Position)?.end);
}

/**
 * A position as small as it can be: a point's offset indexes the page's text, which is gone once
 * the page's turn is over, and a copy made here is a third smaller than one structuredClone makes.
 * Positions were about a third of what a page kept (some 15 a page, three objects each).
 */
function compactPosition({ start, end }: Position): Position {
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/**
 * Returns a function that deep-copies plain data. The copy holds no string cut from a page's text
 * (V8 would keep the whole text alive for it), and each short string once per run: a copy per page
 * of "unicode", "list", every section name and metadata label was about a tenth of what was kept.
 */
export function keepCopier(): <Data>(data: Data) => Data {
  const strings = new Map<string, string>();
  const share = (text: string): string => {
    if (text.length > sharedStringLength) return text;
    const kept = strings.get(text);
    if (kept !== undefined) return kept;
    strings.set(text, text);
    return text;
  };
  const shareWithin = (value: unknown): unknown => {
    if (typeof value === 'string') return share(value);
    if (isPosition(value)) return compactPosition(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = shareWithin(value[index]);
    } else if (isMap(value)) {
      for (const [key, entry] of value) value.set(key, shareWithin(entry));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = shareWithin(record[key]);
    }
    return value;
  };
  // structuredClone gives fresh strings, the only sure way to let go of the page's text; then
  // positions are rebuilt small and short strings shared.
  return (data) => shareWithin(structuredClone(data)) as typeof data;
}
