import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from '../config/types.ts';
import { levelFromFileName } from '../model/build-page.ts';

export const ignoreFileNames = ['.gitignore', '.ladderlintignore'] as const;

/** Folders no ladder lives in. */
const alwaysSkipped = ['**/node_modules/**', '**/.git/**'];

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Named on the command line: checked even when an ignore file lists it. */
  explicit: boolean;
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
async function ignoreRulesFor(root: string): Promise<Array<{ folder: string; rules: Ignore }>> {
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
  files.push(...nested);
  const rules: Array<{ folder: string; rules: Ignore }> = [];
  for (const file of new Set(files)) {
    if (!existsSync(file)) continue;
    try {
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
        if (statSync(path).isFile()) pages.push(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const problem =
          code === 'ELOOP'
            ? 'This is a symbolic link that points back to itself, so there is no page to check. Point it at a page or delete it.'
            : `This is a symbolic link to "${safeReadlink(path)}", which does not exist. Point it at a page or delete it.`;
        broken.push({ pattern: path, problem, kind: 'unreadable' });
      }
    }
  }
  return { pages, broken };
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
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
    } catch {
      kind = 'missing';
    }
    if (kind === 'file') {
      found.set(absolute, { path: absolute, explicit: true });
      continue;
    }
    const root = kind === 'folder' ? absolute : cwd;
    if (kind === 'missing' && !isDynamicPattern(pattern)) {
      problems.push({ pattern, problem: 'No file or folder has this name.', kind: 'missing' });
      continue;
    }
    const globs = kind === 'folder' ? ['**/*'] : [pattern];
    const entries = await glob(globs, {
      cwd: root,
      absolute: true,
      dot: false,
      onlyFiles: false,
      ignore: alwaysSkipped,
      // Linked folders are not entered, so a link loop cannot hang the run; linked pages are found below.
      followSymbolicLinks: false,
    });
    const matches = entries.filter((entry) => !entry.endsWith('/'));
    const links = linkedEntries([root, ...entries.filter((entry) => entry.endsWith('/'))]);
    matches.push(...links.pages);
    let rules = await ignoreRulesFor(root);
    // A folder named explicitly is checked even if an ignore file above it lists it, as a file is.
    if (kind === 'folder')
      rules = rules.filter(({ folder, rules: set }) => !isIgnoredFolder(root, folder, set));
    const folderPages = entries.filter((entry) => entry.endsWith('/') && isPageName(entry.slice(0, -1)));
    if (kind === 'folder' && isPageName(absolute)) folderPages.unshift(`${absolute}/`);
    const notPages = [...links.broken, ...folderPages.map(folderNamedLikeAPage)];
    for (const entry of notPages) {
      if (!isIgnored(entry.pattern, rules) && !ignoredByConfig(entry.pattern)) problems.push(entry);
    }
    const before = found.size;
    for (const path of matches) {
      if (!isCandidate(path) || found.has(path)) continue;
      if (isIgnored(path, rules) || ignoredByConfig(path)) continue;
      found.set(path, { path, explicit: false });
    }
    if (found.size === before && kind === 'missing') {
      problems.push({ pattern, problem: 'No Markdown file matches this pattern.', kind: 'missing' });
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}
