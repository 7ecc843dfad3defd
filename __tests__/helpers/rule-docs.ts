import { readFileSync } from 'node:fs';
import type { LadderLintConfig } from '../../src/config/types.ts';

export interface DocExample {
  /** `✅` examples expect no findings, `❌` examples the listed ones. */
  valid: boolean;
  heading: string;
  /** The files of the example; most have one, track rules compare several. */
  files: Array<{ path: string; text: string }>;
  /** Expected findings as `line:column-endLine:endColumn: message [suggestions]`, per file path. */
  expected: string[];
  /** A `.ladderlintrc.json` given with the example, for rule options and spelling settings. */
  config?: LadderLintConfig;
}

const exampleHeading = /^### (✅|❌) (.+)$/;
const fence = /^```(\w*)\s*$/;

/**
 * Reads the examples of a rule's docs page. An example is a `### ✅ `path`` or `### ❌ `path``
 * heading, a `markdown` block with the page, and for ❌ a `text` block with the findings. Several
 * pages are given as `#### `path`` sub-headings, each with its block, and findings as `path:line:…`.
 * A `#### `.ladderlintrc.json`` sub-heading with a `json` block configures the example.
 */
export function readDocExamples(docsPath: string): DocExample[] {
  const lines = readFileSync(docsPath, 'utf8').split('\n');
  const examples: DocExample[] = [];
  let current: DocExample | undefined;
  let pendingPath: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const heading = exampleHeading.exec(line);
    if (heading) {
      current = { valid: heading[1] === '✅', heading: heading[2] ?? '', files: [], expected: [] };
      pendingPath = /`([^`]+)`/.exec(heading[2] ?? '')?.[1];
      examples.push(current);
      continue;
    }
    if (/^## /.test(line) && !/^## Examples/.test(line)) current = undefined;
    const subHeading = /^#### `([^`]+)`/.exec(line);
    if (subHeading && current) {
      pendingPath = subHeading[1];
      continue;
    }
    const open = fence.exec(line);
    if (open && current) {
      const body: string[] = [];
      for (index++; index < lines.length && !/^```\s*$/.test(lines[index] ?? ''); index++)
        body.push(lines[index] ?? '');
      if (open[1] === 'json' && pendingPath?.endsWith('.ladderlintrc.json'))
        current.config = JSON.parse(body.join('\n')) as LadderLintConfig;
      else if (open[1] === 'markdown' && pendingPath)
        current.files.push({ path: pendingPath, text: `${body.join('\n')}\n` });
      if (open[1] === 'text') current.expected.push(...body.filter((entry) => entry.trim() !== ''));
    }
  }
  return examples;
}
