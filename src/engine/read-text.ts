import { readFile, stat } from 'node:fs/promises';

/** Pages larger than this are reported rather than parsed: no ladder page comes close. */
export const maximumPageBytes = 5 * 1024 * 1024;

export type ReadResult =
  | {
      ok: true;
      text: string;
      /** The text began with a UTF-8 byte-order mark, dropped from `text`. */
      byteOrderMark?: boolean;
    }
  | { ok: false; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a page as text. Anything that is not a readable UTF-8 (or UTF-16 with a byte-order mark)
 * text file becomes a problem to report for that file, so the rest of the run goes on.
 */
export async function readText(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return { ok: false, problem: 'This is a folder, not a page.' };
    if (stats.size > maximumPageBytes) {
      return {
        ok: false,
        problem: `This file is ${(stats.size / 1024 / 1024).toFixed(1)} MB, more than the ${maximumPageBytes / 1024 / 1024} MB a ladder page can be; it was not checked. Split it or add it to .ladderlintignore.`,
      };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'The file disappeared while ladder-lint was running.'
        : code === 'EACCES' || code === 'EPERM'
          ? 'ladder-lint is not allowed to read this file; check its permissions.'
          : code === 'ELOOP'
            ? 'This path is a symbolic link that points back to itself.'
            : `The file could not be read (${code ?? (error as Error).message}).`;
    return { ok: false, problem: why };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem:
        'This is a binary file, not a Markdown page; it was not checked. Remove it or add it to .ladderlintignore.',
    };
  }
  try {
    // TextDecoder drops a leading UTF-8 byte-order mark, which GitHub also ignores; ladder-typography
    // still reports it, as other tools read it as text.
    const text = utf8.decode(bytes);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? { ok: true, text, byteOrderMark: true }
      : { ok: true, text };
  } catch {
    return {
      ok: false,
      problem:
        'This file is not valid UTF-8 text, so some characters would show as �. Save it with UTF-8 encoding.',
    };
  }
}

/** No ladder page comes near these; past them Markdown parsing can take minutes (it is quadratic on some input). */
export const maximumLineLength = 5_000;
export const maximumMarkupCharacters = 20_000;

/** Why a page that was read is still not fit to parse, or undefined when it is. */
export function unparseableReason(text: string): string | undefined {
  let lineStart = 0;
  let lineNumber = 1;
  let markup = 0;
  for (let index = 0; index <= text.length; index++) {
    const character = text.charCodeAt(index);
    // * _ ~ [ ] : emphasis and link delimiters, what the parser must pair up.
    if (character === 42 || character === 95 || character === 126 || character === 91 || character === 93)
      markup++;
    if (index === text.length || character === 10) {
      if (index - lineStart > maximumLineLength)
        return `Line ${lineNumber} is ${index - lineStart} characters long, more than the ${maximumLineLength} a ladder page's line can be, so this file was not checked. It looks like generated or pasted data: break the line up, or add the file to .ladderlintignore.`;
      lineStart = index + 1;
      lineNumber++;
    }
  }
  if (markup > maximumMarkupCharacters)
    return `This file has ${markup} emphasis and link characters (* _ ~ [ ]), more than the ${maximumMarkupCharacters} a ladder page can have, so it was not checked. It looks like generated data: add it to .ladderlintignore if it is not a page.`;
  return undefined;
}
