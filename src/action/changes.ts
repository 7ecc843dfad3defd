import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';

/** The lines a change added or altered, per file (paths from the repository root, `/`-separated). */
export interface Changes {
  /** `all`: the file is new to the reviewer as a whole, or its hunks are unknown (a large diff). */
  files: Map<string, Set<number> | 'all'>;
  source: 'git' | 'api';
}

const run = promisify(execFile);

/** `"a\\303\\251.md"` → `aé.md`: git quotes paths with unusual bytes in C style. */
export function unquoteGitPath(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let index = 0; index < body.length; index++) {
    const character = body[index] ?? '';
    if (character !== '\\') {
      bytes.push(...Buffer.from(character, 'utf8'));
      continue;
    }
    const next = body[index + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Reads a unified diff (git's, or a pull-request file's patch): for each file after the change,
 * the numbers of the lines it added. Hunk bodies are counted out by their headers, so an added
 * line that itself starts with "+++ " is never taken for a file header.
 */
export function parseUnifiedDiff(diff: string): Map<string, Set<number> | 'all'> {
  const files = new Map<string, Set<number> | 'all'>();
  let current: Set<number> | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  let lineNumber = 0;
  for (const line of diff.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      const kind = line[0];
      if (kind === '+') {
        current?.add(lineNumber);
        lineNumber++;
        newLeft--;
      } else if (kind === '-') {
        oldLeft--;
      } else if (kind === ' ' || line === '') {
        lineNumber++;
        oldLeft--;
        newLeft--;
      }
      continue;
    }
    // A file renamed without other changes has no hunks, but its name is part of the change.
    if (line.startsWith('rename to ')) {
      const path = unquoteGitPath(line.slice('rename to '.length));
      if (!files.has(path)) files.set(path, new Set<number>());
      continue;
    }
    if (line.startsWith('+++ ')) {
      // git ends an unquoted name that holds a space with a TAB ("+++ b/L4 - Lead.md\t"), so that
      // patch tools find where it ends; a name that itself holds a TAB is always quoted.
      const target = line.slice(4).replace(/\t$/, '');
      current = target === '/dev/null' ? undefined : new Set<number>();
      if (current) files.set(unquoteGitPath(target).replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
      lineNumber = Number(hunk[2]);
      newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
    }
  }
  return files;
}

/**
 * The change between two commits, when both are in the local clone. `fromMergeBase`: what a pull
 * request shows, the change from where its branch left the base (`base...head`), so that what the
 * base branch did since is never taken for the pull request's own change.
 */
export async function changesFromGit(
  cwd: string,
  base: string,
  head: string,
  fromMergeBase = false,
): Promise<Changes | undefined> {
  try {
    const { stdout } = await run(
      'git',
      [
        '-c',
        'core.quotePath=true',
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '-M',
        ...(fromMergeBase ? [`${base}...${head}`] : [base, head]),
        '--',
      ],
      { cwd, maxBuffer: 256 * 1024 * 1024 },
    );
    return { files: parseUnifiedDiff(stdout), source: 'git' };
  } catch {
    return undefined;
  }
}

/** What the pull-request files API says of one file. */
export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string | undefined;
}

/** The pull-request files API lists at most this many files; past it, the list is not the whole change. */
export const pullRequestFilesCap = 3000;

/** A pull request's change from the API's file list: each file's patch has the same hunks as git's. */
export function changesFromPullRequestFiles(list: readonly PullRequestFile[]): Changes {
  const files = new Map<string, Set<number> | 'all'>();
  for (const file of list) {
    if (file.status === 'removed') continue;
    // Large diffs come without a patch: every line of such a file counts as changed.
    if (file.patch === undefined) {
      files.set(file.filename, 'all');
      continue;
    }
    const lines = parseUnifiedDiff(`+++ b/x\n${file.patch}`).get('x');
    files.set(file.filename, lines ?? 'all');
  }
  return { files, source: 'api' };
}

/** The full name of a commit, when the clone at `cwd` has it. */
export async function commitInClone(cwd: string, revision: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
      cwd,
    });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the files of one commit into `into`, through an index of its own, so the clone's
 * checkout and index are left as they were.
 */
export async function writeCommitFiles(cwd: string, commit: string, into: string): Promise<void> {
  const env = { ...process.env, GIT_INDEX_FILE: `${into}.index` };
  await run('git', ['read-tree', commit], { cwd, env });
  await run('git', ['checkout-index', '--all', '--force', `--prefix=${into}/`], {
    cwd,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  await rm(env.GIT_INDEX_FILE, { force: true });
}
