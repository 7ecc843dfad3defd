import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LintResult, LintRun } from '../findings/types.ts';
import { applyFixes } from './apply-fixes.ts';
import { decodeText, encodeText } from './read-text.ts';

/** As ESLint: fixes that wait on others are applied in passes, and a run stops after this many. */
export const maximumFixPasses = 10;

/** A page's text as the engine read it, and whether a byte-order mark came before it. */
export interface OriginalText {
  text: string;
  bom: boolean;
}

/**
 * Applies the fixes of every finding of `first`, checks the pages again with the fixed texts
 * (the cross-page rules see every page's latest text) and repeats while a pass fixed something,
 * at most `maximumFixPasses` times. The run returned is the last check: what remains. Each
 * result whose text changed gets it as `output`. Texts are keyed by the results' file paths.
 */
export async function fixPasses(
  first: LintRun,
  relint: (texts: ReadonlyMap<string, string>) => Promise<LintRun>,
  readOriginal: (filePath: string) => Promise<OriginalText | undefined>,
): Promise<LintRun> {
  const texts = new Map<string, string>();
  const originals = new Map<string, OriginalText>();
  const unfixable = new Set<string>();
  let run = first;
  for (let pass = 0; pass < maximumFixPasses; pass++) {
    let fixed = false;
    for (const result of run.results) {
      if (unfixable.has(result.filePath) || !result.messages.some((message) => message.fix)) continue;
      let text = texts.get(result.filePath);
      if (text === undefined) {
        const original = await readOriginal(result.filePath);
        if (!original) {
          unfixable.add(result.filePath);
          continue;
        }
        originals.set(result.filePath, original);
        text = original.text;
      }
      const applied = applyFixes(
        text,
        result.messages.map((message) => message.fix),
      );
      if (applied.fixed) {
        texts.set(result.filePath, applied.output);
        fixed = true;
      }
    }
    if (!fixed) break;
    run = await relint(texts);
  }
  for (const result of run.results) {
    const text = texts.get(result.filePath);
    const original = originals.get(result.filePath);
    if (text !== undefined && original && text !== original.text)
      result.output = `${original.bom ? '\uFEFF' : ''}${text}`;
  }
  return run;
}

/**
 * A file's text for fixing, or undefined when writing it back could change more than the fixes:
 * its bytes must be exactly what encoding its text again gives (a UTF-16 file with a broken
 * character would not be).
 */
export async function readForFix(absolutePath: string): Promise<OriginalText | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch {
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok || !Buffer.from(encodeText(decoded.text, decoded)).equals(bytes)) return undefined;
  return { text: decoded.text, bom: decoded.bom };
}

/**
 * Writes each fixed page (`output`, from the `fix` option) back to its file, in the file's own
 * encoding and byte-order mark; everything the fixes did not touch stays byte for byte, line
 * ends included. Paths are relative to `cwd`, as the results give them. A file that cannot be
 * written is listed with the reason, and the others are still written.
 */
export async function outputFixes(
  results: readonly LintResult[],
  cwd: string,
): Promise<{ written: string[]; failed: Array<{ filePath: string; problem: string }> }> {
  const written: string[] = [];
  const failed: Array<{ filePath: string; problem: string }> = [];
  for (const result of results) {
    if (result.output === undefined) continue;
    const path = resolve(cwd, result.filePath);
    try {
      const decoded = decodeText(await readFile(path));
      if (!decoded.ok) throw new Error(decoded.problem);
      const text = decoded.bom && result.output.startsWith('\uFEFF') ? result.output.slice(1) : result.output;
      await writeFile(path, encodeText(text, decoded));
      written.push(result.filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      failed.push({
        filePath: result.filePath,
        problem:
          code === 'EACCES' || code === 'EPERM'
            ? 'ladder-lint is not allowed to write this file; check its permissions.'
            : (error as Error).message,
      });
    }
  }
  return { written, failed };
}
