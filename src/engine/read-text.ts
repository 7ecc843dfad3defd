import { closeSync, constants, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** Pages larger than this are reported rather than parsed: no ladder page comes close. */
export const maximumPageBytes = 5 * 1024 * 1024;

export type ReadResult =
  | {
      ok: true;
      text: string;
      /** The text began with a byte-order mark, dropped from `text`. */
      bom?: boolean;
    }
  | { ok: false; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const outsideRootProblem =
  'This is a symbolic link to a file outside the folder being checked, so it was not read. Copy the page into the folder, or delete the link.';

export const notRegularProblem =
  'This is not a regular file (it is a named pipe, a device or a socket), so it was not read. Delete it, or add it to .ladderlintignore.';

/** Whether `path` is `root` or inside it; both are real paths (symbolic links resolved). */
export function isInside(path: string, root: string): boolean {
  const relativePath = relative(root, path);
  return relativePath !== '..' && !relativePath.startsWith(`..${sep}`) && !isAbsolute(relativePath);
}

/**
 * The lint root of a path given to ladder-lint: the Git repository that holds it (the nearest
 * folder up from `start` with a `.git`); outside any repository, the working directory `cwd` when
 * `start` is in it, or else `start` itself (the folder named, a named file's folder, or a glob's
 * fixed part). Nothing whose real path is outside it is read: a symbolic link in a pull request
 * must not make the Action publish what it points at. Returned as a real path, to compare real
 * paths with.
 */
export function lintRootFor(start: string, cwd: string = start): string {
  let folder = start;
  for (;;) {
    if (existsSync(join(folder, '.git'))) break;
    const parent = dirname(folder);
    if (parent === folder) {
      folder = isInside(start, cwd) ? cwd : start;
      break;
    }
    folder = parent;
  }
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

function tooLarge(size: number): string {
  return `This file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${maximumPageBytes / 1024 / 1024} MB a ladder page can be; it was not checked. Split it or add it to .ladderlintignore.`;
}

/**
 * A page's text as the rules read it: without a leading byte-order mark (which would shift every
 * column of the first line), and with old Mac line ends (a CR alone) as LF, one character for
 * one, so that every offset stays where it was. CRLF is left alone.
 */
export function pageText(text: string): string {
  const withoutMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutMark.includes('\r') ? withoutMark.replace(/\r(?!\n)/g, '\n') : withoutMark;
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'The file disappeared while ladder-lint was running.'
    : code === 'EACCES' || code === 'EPERM'
      ? 'ladder-lint is not allowed to read this file; check its permissions.'
      : code === 'ELOOP'
        ? 'This path is a symbolic link that points back to itself.'
        : code === 'ENAMETOOLONG'
          ? 'The path of this file is longer than the system allows, so it could not be read. Shorten the names of its folders or its own name.'
          : `The file could not be read (${code ?? (error as Error).message}).`;
}

/**
 * Reads a page as text. Anything that is not a readable UTF-8 (or UTF-16 with a byte-order mark)
 * text file becomes a problem to report for that file, so the rest of the run goes on. Given
 * `roots` (real paths), a file whose real path is outside them all is not opened at all: a
 * symbolic link in a pull request must not make the Action publish what it points at. A named pipe or a device
 * is not opened either (reading one blocks, or never ends), and the file is read through the one
 * handle that was checked, so it cannot be swapped for one between the check and the read.
 * `path` may be bytes, for a name that is not valid UTF-8.
 */
export async function readText(
  path: string | Buffer,
  roots?: string | readonly string[],
): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    // As bytes, so that a name that is not valid UTF-8 is still found.
    const real = await realpath(path, { encoding: 'buffer' });
    const stats = await stat(real);
    if (stats.isDirectory()) return { ok: false, problem: 'This is a folder, not a page.' };
    if (!stats.isFile()) return { ok: false, problem: notRegularProblem };
    if (roots !== undefined && ![roots].flat().some((root) => isInside(real.toString(), root)))
      return { ok: false, problem: outsideRootProblem };
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    try {
      const opened = await handle.stat();
      if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev)
        return {
          ok: false,
          problem: 'The file changed while ladder-lint was reading it; run ladder-lint again.',
        };
      if (opened.size > maximumPageBytes) return { ok: false, problem: tooLarge(opened.size) };
      // One byte more than its size, to notice a file still being written; the read stays bounded.
      const buffer = Buffer.alloc(opened.size + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > opened.size)
        return {
          ok: false,
          problem: 'The file changed while ladder-lint was reading it; run ladder-lint again.',
        };
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: readProblem(error) };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, ...(decoded.bom ? { bom: true } : {}) } : decoded;
}

/** How a page's bytes were written, so that `--fix` writes its text back the same way. */
export interface TextEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** The file starts with a byte-order mark, which is not part of the text rules see. */
  bom: boolean;
}

export type DecodeResult = ({ ok: true; text: string } & TextEncoding) | { ok: false; problem: string };

/** A page's bytes as the text rules see (without a byte-order mark), or why they are not text. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      ok: true,
      text: pageText(new TextDecoder('utf-16le').decode(bytes.subarray(2))),
      encoding: 'utf-16le',
      bom: true,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      ok: true,
      text: pageText(new TextDecoder('utf-16be').decode(bytes.subarray(2))),
      encoding: 'utf-16be',
      bom: true,
    };
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem:
        'This is a binary file, not a Markdown page; it was not checked. Remove it or add it to .ladderlintignore.',
    };
  }
  try {
    // TextDecoder drops a leading UTF-8 byte-order mark, which GitHub also ignores; ladder-typography
    // still reports it (`bom`), as other tools read it as text.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: pageText(utf8.decode(bytes)), encoding: 'utf-8', bom };
  } catch {
    return {
      ok: false,
      problem:
        'This file is not valid UTF-8 text, so some characters would show as �. Save it with UTF-8 encoding.',
    };
  }
}

/** The bytes of a page's text written as `decodeText` read it: the same encoding, the same byte-order mark. */
export function encodeText(text: string, { encoding, bom }: TextEncoding): Uint8Array {
  const withBom = bom ? `\uFEFF${text}` : text;
  if (encoding === 'utf-8') return new TextEncoder().encode(withBom);
  const bytes = Buffer.from(withBom, 'utf16le');
  if (encoding === 'utf-16be') bytes.swap16();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** No ladder page comes near these; past them Markdown parsing can take minutes (it is quadratic on some input). */
export const maximumLineLength = 5_000;
export const maximumMarkupCharacters = 20_000;

/** * _ ~ [ ] : emphasis and link delimiters, what the parser must pair up. */
function isMarkup(character: number): boolean {
  return character === 42 || character === 95 || character === 126 || character === 91 || character === 93;
}

/**
 * How many Markdown elements a page may hold for its size. The parser spends a tenth of a
 * millisecond or more on each list item, heading, paragraph, table cell and link, however short:
 * 100 KB of bullets "- a" took 2.8 s to parse, 4 s to check. Counted as the page's lines with text,
 * its `|` and its `* _ ~ [ ]`, a page may hold this many per character (or per character of 100 KB,
 * for smaller pages): 4,000 in 100 KB, under a second. The real ladders seen hold at most
 * 460 (jorgef's README, 9 KB).
 */
export const maximumElementsPerCharacter = 0.04;

/** Why a page that was read is still not fit to parse, or undefined when it is. */
export function unparseableReason(text: string): string | undefined {
  let lineStart = 0;
  let lineNumber = 1;
  let markup = 0;
  let cells = 0;
  let linesWithText = 0;
  let lineHasText = false;
  for (let index = 0; index <= text.length; index++) {
    const character = text.charCodeAt(index);
    if (isMarkup(character)) markup++;
    else if (character === 124) cells++;
    if (index === text.length || character === 10) {
      if (index - lineStart > maximumLineLength)
        return `Line ${lineNumber} is ${index - lineStart} characters long, more than the ${maximumLineLength} a ladder page's line can be, so this file was not checked. It looks like generated or pasted data: break the line up, or add the file to .ladderlintignore.`;
      if (lineHasText) linesWithText++;
      lineHasText = false;
      lineStart = index + 1;
      lineNumber++;
    } else if (character !== 32 && character !== 9 && character !== 13) lineHasText = true;
  }
  const nested = deepestNesting(text) ?? heaviestRuns(text);
  if (nested) return nested;
  if (markup > maximumMarkupCharacters)
    return `This file has ${markup} emphasis and link characters (* _ ~ [ ]), more than the ${maximumMarkupCharacters} a ladder page can have, so it was not checked. It looks like generated data: add it to .ladderlintignore if it is not a page.`;
  const elements = linesWithText + cells + markup;
  const maximumElements = Math.floor(maximumElementsPerCharacter * Math.max(text.length, 100_000));
  if (elements > maximumElements)
    return `This file has ${linesWithText} lines of text, ${cells} table bars (|) and ${markup} emphasis and link characters (* _ ~ [ ]): ${elements} in all, more than the ${maximumElements} a page of its size can hold (a ladder page has a few hundred). The Markdown parser would take seconds on it, so it was not checked. It looks like generated data: split it into smaller pages, or add it to .ladderlintignore.`;
  return undefined;
}

/**
 * No ladder page indents or nests lists and quotes anywhere near this deep. Past it the Markdown
 * parser's time grows with the depth on every line (`- ` 2,000 times on one 4 KB line: seconds),
 * and a tree that deep overflows the stack of any rule that walks it.
 */
export const maximumNestingPrefix = 100;

/**
 * How much nesting a page may hold for its size. Each time a list item that holds a nested list
 * or quote is followed by the next item, the Markdown parser (micromark's document tokenizer)
 * rewrites every event read so far, so its time grows with the sum of the offsets of such lines
 * (counted twice for a quote in an item, `- > a`): `- a` / `  - b` repeated took 9 s for 40 KB,
 * `- > a` 17 s. The sum may be this many times the page's length (or 100 KB, for smaller pages),
 * about a second of parsing; the most nested real pages seen (Monzo's progression framework)
 * reach about 90.
 */
export const maximumNestingWork = 150;

/**
 * Why a page nests too deep or too often to parse, or undefined: the longest run of indentation,
 * `>` and list markers (`-`, `*`, `+`, `1.`) that starts a line, which bounds how deep its blocks
 * nest, and the lines whose list marker or quote sits inside another item (see maximumNestingWork).
 */
function deepestNesting(text: string): string | undefined {
  const step = /[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t]/y;
  const nestingBudget = maximumNestingWork * Math.max(text.length, 100_000);
  let nestingWork = 0;
  let nestedLines = 0;
  let lineNumber = 1;
  for (let lineStart = 0; lineStart < text.length; lineNumber++) {
    let prefix = 0;
    let inItem = false;
    // 1 for a list nested in an item, 2 for a quote in one (twice as slow to parse, per line).
    let nestedWeight = 0;
    // Indentation since the line's start or its last `>` (whose one following space is its own).
    let indent = 0;
    step.lastIndex = lineStart;
    for (let found = step.exec(text); found; found = step.exec(text)) {
      const token = found[0];
      if (token === ' ' || token === '\t') indent += token === '\t' ? 4 : 1;
      else {
        // A list marker inside an item (after another marker, or indented under one), or a quote
        // inside an item; not a list in a quote, nor a quote in a quote.
        if (token === '>' ? inItem : inItem || indent >= (prefix > indent ? 3 : 2))
          nestedWeight = token === '>' ? 2 : Math.max(nestedWeight, 1);
        if (token !== '>') inItem = true;
        indent = 0;
      }
      prefix += token.length;
      if (prefix > maximumNestingPrefix)
        return `Line ${lineNumber} starts with more than ${maximumNestingPrefix} characters of indentation, quote marks (>) and list markers, so its lists or quotes nest deeper than a ladder page's can; this file was not checked. Indent it less, or add the file to .ladderlintignore.`;
    }
    if (nestedWeight > 0) {
      nestedLines++;
      nestingWork += lineStart * nestedWeight;
      if (nestingWork > nestingBudget)
        return `By line ${lineNumber} this file has ${nestedLines} lists or quotes inside list items, more than a page of its size can have: the time to read them grows with the square of their number, so this file was not checked. Split the page into smaller ones or flatten its lists, or add the file to .ladderlintignore.`;
    }
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * How long the runs of lines that may be one paragraph can be, for the page's size. Some of the
 * Markdown parser's (micromark's) work on a paragraph grows with its length times the number of
 * its lines and of its `* _ ~ [ ]`:
 * - it reads the text in pieces, then joins them line by line, each join moving every piece after
 *   it (`resolveAllText`): 120 KB of lines "a!" took 35 s;
 * - each `*` or `_` that can only close emphasis looks back through the whole paragraph for one
 *   that opens it, and each `]` for its `[`: 50 KB of "a* " in one paragraph took 7 s.
 *
 * A paragraph ends only at a blank line, a heading or a bullet from the first four columns, so
 * the lines between two of those may be one paragraph (or a table, or a list without bullets:
 * from the source alone there is no telling). The sum over such runs of (lines + `* _ ~ [ ]`) ×
 * characters may be this many times the page's length (or 100 KB, for smaller pages), at most
 * about 0.3 s of that work; the real ladders seen reach about 13 (Monzo's web.md).
 */
export const maximumRunWork = 300;

/** A line that ends any paragraph above it and starts a new one: an ATX heading or a bullet with text. */
// Line ends spelled out: with the m flag, $ also matches before U+2028 and U+2029, which the
// Markdown parser reads as text, so a paragraph of such lines would go uncounted.
const startsParagraph = /[ ]{0,3}(?:#{1,6}(?=[ \t\r\n]|(?![^]))|[-*+][ \t]+[^\s])/y;
const blank = /[ \t]*(?:\r?\n|\r?(?![^]))/y;

/** Why a page's runs of lines that may be one paragraph take too long to parse, or undefined. */
function heaviestRuns(text: string): string | undefined {
  const budget = maximumRunWork * Math.max(text.length, 100_000);
  let work = 0;
  let heaviest = { work: 0, firstLine: 1, lines: 0 };
  let run = { start: 0, firstLine: 1, lines: 0, markup: 0 };
  const endRun = (end: number) => {
    const runWork = (run.lines + run.markup) * (end - run.start);
    work += runWork;
    if (runWork > heaviest.work) heaviest = { work: runWork, firstLine: run.firstLine, lines: run.lines };
  };
  let lineNumber = 1;
  for (let lineStart = 0; ; lineNumber++) {
    const lineEnd = text.indexOf('\n', lineStart);
    blank.lastIndex = startsParagraph.lastIndex = lineStart;
    if (blank.test(text)) {
      endRun(lineStart);
      run = { start: lineEnd + 1, firstLine: lineNumber + 1, lines: 0, markup: 0 };
    } else {
      if (startsParagraph.test(text)) {
        endRun(lineStart);
        run = { start: lineStart, firstLine: lineNumber, lines: 0, markup: 0 };
      }
      run.lines++;
      for (let index = lineStart, end = lineEnd === -1 ? text.length : lineEnd; index < end; index++)
        if (isMarkup(text.charCodeAt(index))) run.markup++;
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  endRun(text.length);
  if (work <= budget) return undefined;
  const lastLine = heaviest.firstLine + heaviest.lines - 1;
  return `This file has runs of lines with no blank line, heading or bullet between them that are too long for its size, or too full of the characters * _ ~ [ ]; the worst is lines ${heaviest.firstLine} to ${lastLine}. The Markdown parser reads a paragraph like that in time that grows with the square of its length, and from its lines alone there is no telling it from a table, so this file was not checked. Put blank lines between its paragraphs, split its tables, or add the file to .ladderlintignore.`;
}

/**
 * Whether the file on disk starts with a byte-order mark: while `--fix` re-checks its own fixed
 * text, which has none, the file it came from (and will be written back to) still has it.
 */
export function startsWithByteOrderMark(path: string): boolean {
  const head = new Uint8Array(3);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const length = readSync(descriptor, head, 0, 3, 0);
    const [a, b, c] = head;
    return (
      (length === 3 && a === 0xef && b === 0xbb && c === 0xbf) ||
      (length >= 2 && ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)))
    );
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
