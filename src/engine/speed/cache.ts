/**
 * The lint cache (`--cache`, `cache: true`): what each page's own turn left (its findings, its
 * outlines and what the cross-page rules collected), so that a page that has not changed is
 * neither read as Markdown nor spell-checked again. The cross-page rules run again, on the cached
 * and the fresh pages together, so the cache never changes a finding; only when every page of the
 * run is as it was in the last run, the same pages in the same order, is what they found then
 * kept instead (the run entry): they compare nothing but those pages and the configuration, so
 * they would find the same, and the run then loads neither the parser nor the rules.
 *
 * Taken from ESLint (lib/cli-engine/lint-result-cache.js): one hash of the tool's version, Node's
 * version and the whole configuration, stably stringified, checked before any entry is used; and
 * no entry for a result that carries fixed output. Taken from cspell (util/cache/DiskCache.ts):
 * each entry is keyed by the file's content, not its modification time, and lists the other files
 * its result depends on (here: the files its links point to, the cspell settings near it) with
 * their content hashes, checked before the entry is used.
 * Unlike both, the file is V8's serialization (node:v8), not JSON: what a page keeps is already
 * structured-clone data (see keep-copy.ts), with Maps, and it comes back exactly as it was kept.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isMap, isRegExp, isSet } from 'node:util/types';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import { visit } from '../../model/walk.ts';
import packageJson from '../../../package.json' with { type: 'json' };

/** Raised when the layout of an entry changes, so that older cache files are set aside. */
const formatVersion = 2;
const magic = 'ladder-lint-cache';

/** Where the cache is kept when no location is given, relative to the working directory. */
export const defaultCacheLocation = '.ladder-lint-cache';

/** What one page's own turn leaves for the rest of the run: see FileState in lint.ts. */
export interface CachedPage {
  path: string;
  pages?: unknown[];
  collected?: Map<string, unknown>;
  findings: unknown[];
}

interface Entry {
  /** The page's content hash. */
  hash: string;
  /** Other files the findings depend on, each with its fingerprint when the page was checked. */
  dependencies: Array<[string, string]>;
  /** The CachedPage, serialized once and kept as it is until the page changes. */
  data: Buffer;
}

/** What the cross-page rules (and the engine's run-wide checks) added to each file of the last run. */
interface RunEntry {
  /** runHash of the run's files and their contents. */
  key: string;
  /** One list of findings per state of the run, in its order, serialized. */
  data: Buffer;
}

interface CacheFile {
  magic: string;
  format: number;
  runKey: string;
  entries: Map<string, Entry>;
  run?: RunEntry;
}

const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('hex');

/** A page's text (and whether it starts with a byte-order mark) as its cache key. */
export function contentHash(text: string, bom: boolean): string {
  return sha1(`${bom ? '1' : '0'}${text}`);
}

/** A hash of plain data, the same for the same data whatever the order of its keys. */
export function runHash(value: unknown): string {
  return sha1(stableStringify(value));
}

/** JSON with sorted keys, with regular expressions, Maps and Sets written out rather than lost. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (isRegExp(entry)) return `/${entry.source}/${entry.flags}`;
    if (isMap(entry)) return { $map: [...entry] };
    if (isSet(entry)) return { $set: [...entry] };
    if (typeof entry === 'function') return String(entry);
    if (entry && typeof entry === 'object' && !Array.isArray(entry))
      return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return entry;
  });
}

/**
 * What every entry of a cache depends on: ladder-lint's version, Node's, the dictionaries (the
 * exact cspell-lib and misspellings list pinned in package.json; the spelling settings are in
 * the configuration), the working directory (findings name paths relative to it) and the
 * resolved configuration.
 */
export function runKeyOf(config: unknown, cwd: string): string {
  const dependencies = packageJson.dependencies as Record<string, string>;
  return sha1(
    stableStringify({
      version: packageJson.version,
      node: process.version,
      dictionaries: [dependencies['cspell-lib'], dependencies['@cspell/dict-en-common-misspellings']],
      cwd,
      config,
    }),
  );
}

/** A link's target file, or undefined for a link with a scheme or to the page itself. */
function linkedPath(url: string, pagePath: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('?')) return undefined;
  const pathPart = (url.split('#', 1)[0] ?? '').split('?')[0] ?? '';
  if (pathPart === '') return undefined;
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    // Kept as written, as ladder-links reads it.
  }
  return resolve(dirname(pagePath), decoded);
}

/**
 * The files a page's findings depend on besides its own text: what its links point to (whether
 * they exist, and their headings), or undefined when a link's target cannot be told for sure
 * (a path from the root, "/…"), and the page is then not cached.
 */
export function linkedFiles(tree: Root, pagePath: string): string[] | undefined {
  const targets = new Set<string>();
  let unsure = false;
  visit(tree, (node) => {
    if (!('url' in node) || typeof node.url !== 'string') return;
    if (node.url.startsWith('/')) unsure = true;
    const target = linkedPath(node.url, pagePath);
    if (target) targets.add(target);
  });
  return unsure ? undefined : [...targets];
}

/** cspell reads its settings from files whose names say cspell, from package.json and these folders. */
const cspellSettingsName = /cspell|^package\.json$/i;
const cspellSettingsFolders = ['.vscode', '.config'];

/** The pseudo-dependency that stands for the cspell settings a page in `folder` is checked with. */
const cspellDependency = (folder: string) => `cspell-settings:${folder}`;

async function fingerprintOfFile(path: string): Promise<string> {
  try {
    const found = await stat(path);
    if (found.isDirectory()) return 'folder';
    if (!/\.(md|markdown)$/i.test(path)) return 'file';
    return `page:${sha1(await readFile(path))}`;
  } catch {
    return 'missing';
  }
}

async function cspellSettingsIn(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const where of [folder, ...cspellSettingsFolders.map((name) => join(folder, name))]) {
    let names: string[];
    try {
      names = await readdir(where);
    } catch {
      continue;
    }
    for (const name of names.filter((name) => cspellSettingsName.test(name)).sort())
      parts.push(`${join(where, name)}:${await hashOf(join(where, name))}`);
  }
  return parts.join('|');
}

async function hashOf(path: string): Promise<string> {
  try {
    return sha1(await readFile(path));
  } catch {
    return 'unreadable';
  }
}

/** The lint cache of one run: see the module's comment. */
export class LintCache {
  private readonly seen = new Map<string, Entry>();
  private readonly fingerprints = new Map<string, Promise<string>>();
  private readonly folderSettings = new Map<string, Promise<string>>();
  private changed = false;
  private run: RunEntry | undefined;
  private runChanged = false;

  readonly location: string;
  private readonly runKey: string;
  private readonly stored: Map<string, Entry>;

  private constructor(location: string, runKey: string, stored: Map<string, Entry>, run?: RunEntry) {
    this.location = location;
    this.runKey = runKey;
    this.stored = stored;
    this.run = run;
  }

  /**
   * Reads the cache at `location`. A file that is not a ladder-lint cache, or is damaged, is set
   * aside with one warning (it is overwritten at the end of the run); one made for another
   * version or configuration is set aside silently, as its entries no longer apply.
   */
  static async open(location: string, runKey: string, warn: (text: string) => void): Promise<LintCache> {
    let bytes: Buffer;
    try {
      bytes = await readFile(location);
    } catch {
      return new LintCache(location, runKey, new Map());
    }
    let file: CacheFile | undefined;
    try {
      file = deserialize(bytes) as CacheFile;
    } catch {
      file = undefined;
    }
    if (!file || file.magic !== magic || typeof file.format !== 'number' || !isMap(file.entries)) {
      warn(
        `ladder-lint: the cache file ${location} is not one ladder-lint wrote, or is damaged; it is ignored and will be replaced. Delete it, or give --cache-location another file, if it is not the cache.\n`,
      );
      return new LintCache(location, runKey, new Map());
    }
    const usable = file.format === formatVersion && file.runKey === runKey;
    if (!usable) return new LintCache(location, runKey, new Map());
    const run = file.run && typeof file.run.key === 'string' ? file.run : undefined;
    return new LintCache(location, runKey, file.entries, run);
  }

  private fingerprint(dependency: string): Promise<string> {
    let found = this.fingerprints.get(dependency);
    if (!found) {
      found = dependency.startsWith('cspell-settings:')
        ? this.cspellSettingsAbove(dependency.slice('cspell-settings:'.length))
        : fingerprintOfFile(dependency);
      this.fingerprints.set(dependency, found);
    }
    return found;
  }

  /** The cspell settings files in a folder and every folder above it, as one fingerprint. */
  private async cspellSettingsAbove(folder: string): Promise<string> {
    const chain: string[] = [];
    for (let at = folder; ; at = dirname(at)) {
      let settings = this.folderSettings.get(at);
      if (!settings) {
        settings = cspellSettingsIn(at);
        this.folderSettings.set(at, settings);
      }
      chain.push(await settings);
      if (dirname(at) === at) break;
    }
    return sha1(chain.join('\n'));
  }

  /** The page as it was kept, when its text and every file it depends on are as they were. */
  async lookup(absolutePath: string, hash: string): Promise<CachedPage | undefined> {
    const entry = this.stored.get(absolutePath);
    if (!entry || entry.hash !== hash) return undefined;
    for (const [dependency, fingerprint] of entry.dependencies)
      if ((await this.fingerprint(dependency)) !== fingerprint) return undefined;
    let page: CachedPage;
    try {
      page = deserialize(entry.data) as CachedPage;
    } catch {
      return undefined;
    }
    this.seen.set(absolutePath, entry);
    return page;
  }

  /**
   * Keeps a page's own findings, outlines and collected values. `linked` is what linkedFiles
   * returned; undefined keeps nothing. Serialized at once: the run goes on to add the cross-page
   * findings to the same objects.
   */
  async store(
    absolutePath: string,
    hash: string,
    page: CachedPage,
    linked: string[] | undefined,
  ): Promise<void> {
    if (!linked) return;
    const dependencies = [cspellDependency(dirname(absolutePath)), ...linked];
    const data = serialize(page);
    const entry: Entry = {
      hash,
      dependencies: await Promise.all(
        dependencies.map(
          async (dependency) => [dependency, await this.fingerprint(dependency)] as [string, string],
        ),
      ),
      data,
    };
    this.seen.set(absolutePath, entry);
    this.changed = true;
  }

  /**
   * What the cross-page rules added to each of `states` states when the last run's were the
   * same (`key`, see RunEntry), or undefined. Only for a run whose every page was a hit.
   */
  lookupRun(key: string, states: number): unknown[][] | undefined {
    if (!this.run || this.run.key !== key) return undefined;
    let added: unknown;
    try {
      added = deserialize(this.run.data);
    } catch {
      return undefined;
    }
    return Array.isArray(added) && added.length === states ? (added as unknown[][]) : undefined;
  }

  /** Keeps what the cross-page rules added to each state of this run; serialized at once. */
  storeRun(key: string, added: unknown[][]): void {
    this.run = { key, data: serialize(added) };
    this.runChanged = true;
  }

  /**
   * Writes the pages of this run (not those of pages that are gone) to a temporary file beside
   * the cache, then renames it over the cache, so that a run stopped half-way never leaves half
   * a file. Failing to write is a warning: the findings are not affected.
   */
  async save(warn: (text: string) => void): Promise<void> {
    if (!this.changed && !this.runChanged && this.seen.size === this.stored.size) return;
    const file: CacheFile = {
      magic,
      format: formatVersion,
      runKey: this.runKey,
      entries: this.seen,
      ...(this.run ? { run: this.run } : {}),
    };
    const temporary = `${this.location}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(temporary, serialize(file));
      await rename(temporary, this.location);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      warn(`ladder-lint: could not write the cache to ${this.location}: ${(error as Error).message}\n`);
    }
  }
}
