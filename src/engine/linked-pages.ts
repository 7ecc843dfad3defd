import { parseMarkdown } from '../model/parse.ts';
import { pageAnchors } from '../model/anchors.ts';
import { VFile } from 'vfile';
import { lintRootFor, readText, unparseableReason } from './read-text.ts';

/**
 * What a link checker may ask about another page of the run: whether it exists and which anchors
 * it has. Each page is read and parsed at most once per run, and only when a link asks for it.
 */
export interface LinkedPages {
  /** Pages that exist only in memory (lintTexts), so that links to them are not "missing". */
  inMemory(absolutePath: string): boolean;
  /** The page's anchors, or undefined when it is not a Markdown page that can be read. */
  anchorsOf(absolutePath: string): Promise<ReadonlySet<string> | undefined>;
}

/**
 * `roots` are the run's lint roots (real paths, see lintRootFor): a page outside them is never
 * read, so a link to one is checked for existence only, and nothing of it is quoted.
 */
export function linkedPages(
  texts: ReadonlyMap<string, string> = new Map(),
  roots: readonly string[] = [lintRootFor(process.cwd())],
): LinkedPages {
  const anchors = new Map<string, Promise<ReadonlySet<string> | undefined>>();
  async function load(absolutePath: string): Promise<ReadonlySet<string> | undefined> {
    let text = texts.get(absolutePath);
    if (text === undefined) {
      if (!/\.(md|markdown)$/i.test(absolutePath)) return undefined;
      const read = await readText(absolutePath, roots);
      if (!read.ok) return undefined;
      text = read.text;
    }
    // A page too large to parse is reported on its own; links into it are not judged.
    if (unparseableReason(text)) return undefined;
    try {
      return pageAnchors(parseMarkdown(new VFile({ path: absolutePath, value: text })));
    } catch {
      return undefined;
    }
  }
  return {
    inMemory: (absolutePath) => texts.has(absolutePath),
    anchorsOf(absolutePath) {
      let found = anchors.get(absolutePath);
      if (!found) {
        found = load(absolutePath);
        anchors.set(absolutePath, found);
      }
      return found;
    },
  };
}
