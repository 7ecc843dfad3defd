import { expect, test } from '@jest/globals';
import { changesFromPullRequestFiles, parseUnifiedDiff, unquoteGitPath } from '../src/action/changes.ts';
import { placeFindings } from '../src/action/select.ts';

test('git diff --unified=0: the added lines of each file, renames and quoted names included', () => {
  const diff = [
    'diff --git a/team/L3.md b/team/L3.md',
    '--- a/team/L3.md',
    '+++ b/team/L3.md',
    '@@ -4 +4,2 @@ heading',
    '-old',
    '+new',
    '++++ an added line that starts with three plus signs',
    '@@ -10,0 +12 @@',
    '+another',
    'diff --git a/old.md b/new.md',
    'similarity index 100%',
    'rename from old.md',
    'rename to new.md',
    'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"',
    '--- /dev/null',
    '+++ "b/caf\\303\\251.md"',
    '@@ -0,0 +1 @@',
    '+# L1: Café',
    'diff --git a/gone.md b/gone.md',
    '--- a/gone.md',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-bye',
  ].join('\n');
  expect(parseUnifiedDiff(diff)).toEqual(
    new Map<string, Set<number>>([
      ['team/L3.md', new Set([4, 5, 12])],
      ['new.md', new Set()],
      ['café.md', new Set([1])],
    ]),
  );
  expect(unquoteGitPath('"a\\tb\\"c\\\\.md"')).toBe('a\tb"c\\.md');
});

test('a name with a space: git ends it with a TAB in the file header, which is not part of the name', () => {
  const diff = [
    'diff --git a/team/L4 - Lead Cloud Engineer.md b/team/L4 - Lead Cloud Engineer.md',
    '--- a/team/L4 - Lead Cloud Engineer.md\t',
    '+++ b/team/L4 - Lead Cloud Engineer.md\t',
    '@@ -20,0 +21,2 @@',
    '+- I finished the the task.',
    '+- I shipped the the fix.',
  ].join('\n');
  expect(parseUnifiedDiff(diff)).toEqual(new Map([['team/L4 - Lead Cloud Engineer.md', new Set([21, 22])]]));
});

test('the pull-request files API: patches with context lines; a file without a patch counts whole', () => {
  const changes = changesFromPullRequestFiles([
    { filename: 'L2.md', status: 'modified', patch: '@@ -1,3 +1,4 @@\n # L2\n-old\n+new\n+added\n context' },
    { filename: 'big.md', status: 'modified' },
    { filename: 'removed.md', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
  ]);
  expect(changes.files).toEqual(
    new Map<string, Set<number> | 'all'>([
      ['L2.md', new Set([2, 3])],
      ['big.md', 'all'],
    ]),
  );
});

test('a progression finding on an unchanged page moves onto the changed page it compares with', () => {
  const message = {
    ruleId: 'ladder-progression',
    severity: 2 as const,
    message: 'Planning Horizon "a week" (L3) is shorter than "a month" at L2 (L2.md:5).',
    line: 5,
    column: 25,
    endLine: 5,
    endColumn: 31,
    related: { filePath: 'team/L2.md', line: 5, column: 25, message: 'Planning Horizon at L2 is "a month"' },
  };
  const results = [
    {
      filePath: 'team/L3.md',
      messages: [message],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    },
  ];
  const changes = { files: new Map([['team/L2.md', new Set([5])]]), source: 'git' as const };
  expect(placeFindings(results, changes)).toEqual([
    expect.objectContaining({
      filePath: 'team/L2.md',
      line: 5,
      scope: 'changed-page',
      related: expect.objectContaining({ filePath: 'team/L3.md', line: 5 }),
    }),
  ]);
  // Untouched by the change either way: elsewhere, and not reported.
  expect(placeFindings(results, { files: new Map(), source: 'git' })[0]?.scope).toBe('elsewhere');
});
