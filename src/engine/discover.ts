import {
  type Dirent,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from '../config/types.ts';
import { levelFromFileName } from '../model/build-page.ts';
import { isInside, lintRootFor } from './read-text.ts';
import { append } from '../append.ts';

export const ignoreFileNames = ['.gitignore', '.ladderlintignore'] as const;

/** An ignore file is a few lines; anything larger is not one. */
const maximumIgnoreFileBytes = 1024 * 1024;

/** Folders no ladder lives in. */
const alwaysSkipped = ['**/node_modules/**', '**/.git/**'];

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Named on the command line: checked even when an ignore file lists it. */
  explicit: boolean;
  /** The lint root it was found under (see lintRootFor): nothing outside it is read. */
  root: string;
  /** The path's bytes, when a name in it is not valid UTF-8 and `path` shows it with �. */
  bytes?: Buffer;
}

export interface DiscoveryProblem {
  /** What the user gave, or for a broken link found in a folder, its absolute path. */
  pattern: string;
  problem: string;
  kind: 'missing' | 'unreadable';
}

/** Markdown pages, and level pages that lost their extension (`L2-Junior-Manager`). */
function isCandidate(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? '';
  if (isPageName(base)) return true;
  return !base.includes('.') && levelFromFileName(base) !== undefined;
}

function isPageName(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

function folderNamedLikeAPage(folder: string): DiscoveryProblem {
  return {
    pattern: folder.replace(/\/$/, ''),
    problem:
      'This is a folder, not a page, though its name ends in ".md". Rename it, or move its contents into a page.',
    kind: 'unreadable',
  };
}

/** The ignore rules that apply below `root`: its ancestors' ignore files and its own tree's. */
async function ignoreRulesFor(
  root: string,
  lintRoot: string,
): Promise<Array<{ folder: string; rules: Ignore }>> {
  const files: string[] = [];
  let folder = root;
  for (;;) {
    for (const name of ignoreFileNames) files.push(join(folder, name));
    if (existsSync(join(folder, '.git'))) break;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const nested = await glob(
    ignoreFileNames.map((name) => `**/${name}`),
    { cwd: root, absolute: true, dot: true, ignore: alwaysSkipped, followSymbolicLinks: false },
  );
  append(files, nested);
  const rules: Array<{ folder: string; rules: Ignore }> = [];
  for (const file of new Set(files)) {
    if (!existsSync(file)) continue;
    try {
      // Not a pipe or a device, which would block or never end; not a link out of the lint root.
      const stats = statSync(file);
      if (!stats.isFile() || stats.size > maximumIgnoreFileBytes) continue;
      if (isInside(file, lintRoot) && !isInside(realpathSync(file), lintRoot)) continue;
      rules.push({ folder: dirname(file), rules: ignore().add(readFileSync(file, 'utf8')) });
    } catch {
      // An unreadable ignore file ignores nothing; the pages themselves are still checked.
    }
  }
  return rules;
}

function isIgnored(path: string, rules: Array<{ folder: string; rules: Ignore }>): boolean {
  return rules.some(({ folder, rules: set }) => {
    const relativePath = relative(folder, path);
    if (relativePath.startsWith('..') || relativePath === '') return false;
    return set.ignores(relativePath.split(sep).join('/'));
  });
}

function isIgnoredFolder(path: string, folder: string, rules: Ignore): boolean {
  const relativePath = relative(folder, path);
  if (relativePath.startsWith('..') || relativePath === '') return false;
  return rules.ignores(`${relativePath.split(sep).join('/')}/`);
}

function configIgnores(config: ResolvedConfig, cwd: string): (path: string) => boolean {
  const matchers = config.ignores.map(({ base, pattern }) => {
    const match = picomatch(pattern, { dot: true });
    const root = base || cwd;
    return (path: string) => {
      const relativePath = relative(root, path).split(sep).join('/');
      return !relativePath.startsWith('..') && match(relativePath);
    };
  });
  return (path) => matchers.some((matches) => matches(path));
}

const outsideFolderProblem =
  'This is a symbolic link to a folder outside the folder being checked, so it was not read. Name the folder it points to instead, or delete the link.';

function unreadableFolder(folder: string, error: unknown): DiscoveryProblem {
  const code = (error as NodeJS.ErrnoException).code;
  const problem =
    code === 'ENAMETOOLONG'
      ? 'The path of this folder is longer than the system allows, so the pages in it could not be read. Shorten the names of its folders.'
      : code === 'EACCES' || code === 'EPERM'
        ? 'ladder-lint is not allowed to open this folder, so the pages in it were not checked; check its permissions.'
        : `This folder could not be read (${code ?? (error as Error).message}), so the pages in it were not checked.`;
  return { pattern: folder, problem, kind: 'unreadable' };
}

interface WalkedPage {
  path: string;
  bytes?: Buffer;
}

/**
 * Every page in a folder and the folders below it, by name as the file system has it: names with
 * a line break or a byte that is not UTF-8, dot files and dot folders (all but `.git`) are pages
 * like any other. Linked folders, `node_modules`, `.git` and folders an ignore file lists are not
 * entered. What is named like a page but is not a file (a named pipe, a device) is returned as a
 * page, for readText to report; a folder that cannot be opened, or a link to nothing, is a problem.
 */
function walkFolder(
  folder: string,
  skipFolder: (path: string) => boolean,
): { pages: WalkedPage[]; problems: DiscoveryProblem[] } {
  const pages: WalkedPage[] = [];
  const problems: DiscoveryProblem[] = [];
  const visit = (path: string, bytes: Buffer | undefined) => {
    let entries: Array<Dirent<Buffer>>;
    try {
      entries = readdirSync(bytes ?? path, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      problems.push(unreadableFolder(path, error));
      return;
    }
    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      const entryPath = join(path, name);
      // Only a name that does not survive decoding needs its bytes kept, and what is below it.
      const entryBytes =
        bytes || !Buffer.from(name).equals(entry.name)
          ? Buffer.concat([bytes ?? Buffer.from(path), Buffer.from(sep), entry.name])
          : undefined;
      if (entry.isDirectory()) {
        if (name === '.git' || name === 'node_modules' || skipFolder(entryPath)) continue;
        if (isPageName(name)) problems.push(folderNamedLikeAPage(entryPath));
        visit(entryPath, entryBytes);
        continue;
      }
      if (!isCandidate(entryPath)) continue;
      if (entry.isSymbolicLink()) {
        try {
          // A linked folder is not entered, so a link loop cannot hang the run.
          if (statSync(entryBytes ?? entryPath).isDirectory()) continue;
        } catch (error) {
          const problem = brokenLinkProblem(entryBytes ?? entryPath, error);
          if (problem) {
            problems.push(problem);
            continue;
          }
        }
      }
      pages.push(entryBytes ? { path: entryPath, bytes: entryBytes } : { path: entryPath });
    }
  };
  visit(folder, undefined);
  return { pages, problems };
}

/** A link loop or a link to nothing; undefined for other errors, which reading the page reports. */
function brokenLinkProblem(path: string | Buffer, error: unknown): DiscoveryProblem | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'ELOOP' && code !== 'ENOENT') return undefined;
  const problem =
    code === 'ELOOP'
      ? 'This is a symbolic link that points back to itself, so there is no page to check. Point it at a page or delete it.'
      : `This is a symbolic link to "${safeReadlink(path)}", which does not exist. Point it at a page or delete it.`;
  return { pattern: path.toString(), problem, kind: 'unreadable' };
}

/**
 * Symbolic links in these folders that look like pages. The folder walk skips every link; a link to
 * a page is checked like the page, and a loop or a link to nothing is reported rather than skipped.
 */
function linkedEntries(folders: string[]): { pages: string[]; broken: DiscoveryProblem[] } {
  const pages: string[] = [];
  const broken: DiscoveryProblem[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isSymbolicLink() && !entry.name.startsWith('.'))
        .map((entry) => entry.name);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (!isCandidate(path)) continue;
      try {
        // Not a linked folder; a link to a pipe or a device is reported when it is read.
        if (!statSync(path).isDirectory()) pages.push(path);
      } catch (error) {
        const problem = brokenLinkProblem(path, error);
        if (problem) broken.push(problem);
        else pages.push(path);
      }
    }
  }
  return { pages, broken };
}

function safeReadlink(path: string | Buffer): string {
  try {
    return readlinkSync(path, 'utf8');
  } catch {
    return '?';
  }
}

/**
 * Turns the paths and globs a user gave into the files to check, in a stable order.
 * Folders are searched for pages; `.gitignore`, `.ladderlintignore` and the configuration's
 * `ignores` leave files out, except files and folders named explicitly, which are always checked.
 */
export async function discoverFiles(
  patterns: readonly string[],
  cwd: string,
  config: ResolvedConfig,
): Promise<{ files: DiscoveredFile[]; problems: DiscoveryProblem[] }> {
  const found = new Map<string, DiscoveredFile>();
  const problems: DiscoveryProblem[] = [];
  const ignoredByConfig = configIgnores(config, cwd);
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(cwd, pattern);
    let kind: 'file' | 'folder' | 'missing' = 'missing';
    try {
      const stats = statSync(absolute);
      kind = stats.isDirectory() ? 'folder' : 'file';
    } catch (error) {
      // A path too long, a link loop or a folder that may not be opened: reading it says which.
      const code = (error as NodeJS.ErrnoException).code;
      kind = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'file';
    }
    if (kind === 'file') {
      found.set(absolute, { path: absolute, explicit: true, root: lintRootFor(dirname(absolute), cwd) });
      continue;
    }
    if (kind === 'missing' && !isDynamicPattern(pattern)) {
      problems.push({ pattern, problem: 'No file or folder has this name.', kind: 'missing' });
      continue;
    }
    const lintRoot = lintRootFor(
      kind === 'folder' ? absolute : resolve(cwd, picomatch.scan(pattern).base),
      cwd,
    );
    if (kind === 'folder' && !isInside(realpathSync(absolute), lintRoot)) {
      problems.push({ pattern: absolute, problem: outsideFolderProblem, kind: 'unreadable' });
      continue;
    }
    const root = kind === 'folder' ? absolute : cwd;
    let rules = await ignoreRulesFor(root, lintRoot);
    // A folder named explicitly is checked even if an ignore file above it lists it, as a file is.
    if (kind === 'folder')
      rules = rules.filter(({ folder, rules: set }) => !isIgnoredFolder(root, folder, set));
    let matches: WalkedPage[];
    const notPages: DiscoveryProblem[] = [];
    if (kind === 'folder') {
      const walked = walkFolder(root, (path) =>
        rules.some(({ folder, rules: set }) => isIgnoredFolder(path, folder, set)),
      );
      matches = walked.pages;
      append(notPages, walked.problems);
      if (isPageName(absolute)) notPages.unshift(folderNamedLikeAPage(`${absolute}/`));
    } else {
      const entries = await glob([pattern], {
        cwd: root,
        absolute: true,
        dot: false,
        onlyFiles: false,
        ignore: alwaysSkipped,
        // Linked folders are not entered, so a link loop cannot hang the run; linked pages are found below.
        followSymbolicLinks: false,
      });
      matches = entries.filter((entry) => !entry.endsWith('/')).map((path) => ({ path }));
      const links = linkedEntries([root, ...entries.filter((entry) => entry.endsWith('/'))]);
      append(
        matches,
        links.pages.map((path) => ({ path })),
      );
      const folderPages = entries.filter((entry) => entry.endsWith('/') && isPageName(entry.slice(0, -1)));
      append(append(notPages, links.broken), folderPages.map(folderNamedLikeAPage));
    }
    for (const entry of notPages) {
      if (!isIgnored(entry.pattern, rules) && !ignoredByConfig(entry.pattern)) problems.push(entry);
    }
    const before = found.size;
    for (const { path, bytes } of matches) {
      if (!isCandidate(path) || found.has(path)) continue;
      if (isIgnored(path, rules) || ignoredByConfig(path)) continue;
      found.set(path, { path, explicit: false, root: lintRoot, ...(bytes ? { bytes } : {}) });
    }
    if (found.size === before && kind === 'missing') {
      problems.push({ pattern, problem: 'No Markdown file matches this pattern.', kind: 'missing' });
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}
