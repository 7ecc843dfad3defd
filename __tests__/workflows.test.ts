// The reusable workflow, the release workflow and the README's snippets, read as YAML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { repoRoot } from './helpers/cli.ts';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}
interface Workflow {
  on: Record<string, unknown> | string;
  permissions?: Record<string, string>;
  jobs: Record<string, { uses?: string; permissions?: Record<string, string>; steps?: Step[] }>;
}

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const reusable = parse(read('.github/workflows/ladder-lint.yml')) as Workflow;
const release = parse(read('.github/workflows/release.yml')) as Workflow;
const readme = read('README.md');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

/** The README's YAML blocks that use ladder-lint. */
const readmeSnippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .filter((text) => text.includes('ladder-lint/ladder-lint'))
  .map((text) => parse(text) as Workflow);

test('the reusable workflow may upload SARIF, and asks its caller for nothing the README leaves out', () => {
  expect(reusable.permissions).toEqual({
    contents: 'read',
    checks: 'write',
    'pull-requests': 'read',
    'security-events': 'write',
  });
  const caller = readmeSnippets.find((snippet) =>
    Object.values(snippet.jobs).some((job) => job.uses?.includes('/.github/workflows/ladder-lint.yml@')),
  );
  expect(caller?.on).toBe('pull_request');
  // GitHub does not start a called workflow that asks for more than its caller grants.
  expect(Object.values(caller?.jobs ?? {})[0]?.permissions).toEqual(reusable.permissions);
});

test('the reusable workflow runs the Action from its own commit, not from a tag', () => {
  const steps = reusable.jobs['ladder-lint']?.steps ?? [];
  const lint = steps.find((step) => step.id === 'lint');
  expect(lint?.uses).toBe('./.ladder-lint-action');
  const find = steps.find((step) => step.id === 'action');
  expect(find?.env?.REF).toBe('${{ inputs.ladder-lint-ref || github.job_workflow_sha }}');
  const checkout = steps.find((step) => step.with?.path === '.ladder-lint-action');
  expect(checkout).toMatchObject({
    uses: 'actions/checkout@v4',
    with: { repository: 'ladder-lint/ladder-lint', ref: '${{ steps.action.outputs.ref }}' },
  });
  // Only the Action's files: none of ladder-lint's own pages is linted as the caller's ladder.
  expect(String(checkout?.with?.['sparse-checkout']).trim().split('\n')).toEqual(['/action.yml', '/dist/']);
  expect(steps.indexOf(find as Step)).toBeLessThan(steps.indexOf(checkout as Step));
  expect(steps.indexOf(checkout as Step)).toBeLessThan(steps.indexOf(lint as Step));
});

test('the reusable workflow restores the lint cache before the Action, passes it on, and saves it whatever the findings', () => {
  const on = reusable.on as {
    workflow_call: { inputs: Record<string, { type: string; default?: unknown }> };
  };
  expect(on.workflow_call.inputs.cache).toMatchObject({ type: 'boolean', default: true });
  const steps = reusable.jobs['ladder-lint']?.steps ?? [];
  const location = '${{ runner.temp }}/ladder-lint-cache';
  const prefix = 'ladder-lint-${{ runner.os }}-${{ steps.action.outputs.ref }}-';
  const restore = steps.find((step) => step.id === 'cache');
  // Pinned to a major tag, as actions/checkout is.
  expect(restore).toMatchObject({
    if: '${{ inputs.cache }}',
    uses: 'actions/cache/restore@v4',
    with: { path: location, 'restore-keys': prefix },
  });
  // Keyed by the ladder's pages and configuration; any earlier cache of this ladder-lint is restored.
  const key = String(restore?.with?.key);
  expect(key.startsWith(`${prefix}\${{ hashFiles('**/*.md', '**/*.markdown', '**/.ladderlintrc*'`)).toBe(
    true,
  );
  const lint = steps.find((step) => step.id === 'lint');
  expect(lint?.with).toMatchObject({ cache: '${{ inputs.cache }}', 'cache-location': location });
  const save = steps.find((step) => step.uses?.startsWith('actions/cache/save@'));
  // Not actions/cache itself, which saves only after a job that passed: findings fail the step.
  expect(steps.some((step) => step.uses?.startsWith('actions/cache@'))).toBe(false);
  expect(save).toMatchObject({
    if: "${{ !cancelled() && inputs.cache && steps.cache.outputs.cache-hit != 'true' }}",
    uses: 'actions/cache/save@v4',
    with: { path: location, key: '${{ steps.cache.outputs.cache-primary-key }}' },
  });
  const find = steps.find((step) => step.id === 'action');
  expect(steps.indexOf(find as Step)).toBeLessThan(steps.indexOf(restore as Step));
  expect(steps.indexOf(restore as Step)).toBeLessThan(steps.indexOf(lint as Step));
  expect(steps.indexOf(lint as Step)).toBeLessThan(steps.indexOf(save as Step));
});

test('the README names the tag the release workflow moves, and how to pin a commit before it', () => {
  const refs = [...readme.matchAll(/^ *(?:- )?uses: ladder-lint\/ladder-lint[^@\s]*@(\S+)$/gm)].map(
    (match) => match[1],
  );
  expect(refs.length).toBeGreaterThanOrEqual(2);
  const major = `v${version.split('.')[0]}`;
  for (const ref of refs) expect(ref).toBe(major);
  expect(readme).toContain('Until the first release is tagged, pin a commit');

  expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  const job = release.jobs.release;
  expect(job?.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  const runs = (job?.steps ?? []).map((step) => step.run ?? '');
  expect(runs).toContain('bash .ci/run');
  expect(runs).toContain('npm publish --provenance --access public');
  expect(runs.some((run) => run.startsWith('gh release create "$GITHUB_REF_NAME"'))).toBe(true);
  // The major tag is the version tag up to its first dot: v0 for v0.1.0.
  expect(runs.some((run) => run.includes('echo "major=${GITHUB_REF_NAME%%.*}"'))).toBe(true);
  expect(runs.some((run) => run.includes('git push --force origin "refs/tags/$MAJOR"'))).toBe(true);
});

test('package.json says where the project lives', () => {
  expect(JSON.parse(read('package.json'))).toMatchObject({
    repository: { type: 'git', url: 'git+https://github.com/ladder-lint/ladder-lint.git' },
    homepage: 'https://github.com/ladder-lint/ladder-lint#readme',
    bugs: { url: 'https://github.com/ladder-lint/ladder-lint/issues' },
  });
});
