import { existsSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { lintFiles } from '../src/engine/lint.ts';
import { repoRoot } from './helpers/cli.ts';

// The real ladder lives beside the repository (never copied into it); CI has it there too.
const corpus = `${repoRoot}/../shared/corpora/octopus-people`;
const describeCorpus = existsSync(corpus) ? describe : describe.skip;

describeCorpus('the reference ladder with no configuration file', () => {
  test('reports its real structural defects and nothing on its well-formed pages', async () => {
    const { results } = await lintFiles(['.'], { cwd: corpus });
    const findings = results.flatMap((result) =>
      result.messages.map((message) => `${result.filePath}:${message.line} ${message.ruleId}`),
    );
    expect(findings).toEqual([
      'Customer-Success/L2-Junior-Customer-Success-Manager:1 ladder-sections',
      'Customer-Success/L2-Junior-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L2-Junior-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L3-Customer-Success-Manager:1 ladder-sections',
      'Customer-Success/L3-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L3-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L4-Senior-Customer-Success-Manager:1 ladder-sections',
      'Customer-Success/L4-Senior-Customer-Success-Manager:1 ladder-title',
      'Customer-Success/L4-Senior-Customer-Success-Manager:1 ladder-title',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:5 ladder-metadata',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:10 ladder-track-consistency',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:24 ladder-section-content',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:38 ladder-section-content',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:56 ladder-section-content',
      'Engineering/Cloud-Engineering/L4 - Lead Cloud Engineer.md:64 ladder-section-content',
      'Engineering/Cloud-Engineering/README.md:1 ladder-track-index',
      'Engineering/Cloud-Engineering/README.md:30 ladder-links',
      'Engineering/Cloud-Engineering/README.md:34 ladder-links',
      'Engineering/Data-Engineering/L2-Data-Engineer.md:19 ladder-section-content',
      'Engineering/Data-Engineering/L2-Data-Engineer.md:32 ladder-section-content',
      'Engineering/Data-Engineering/README.md:24 ladder-links',
      'Engineering/Engineering-Management/L4-Engineering-Manager.md:17 ladder-track-consistency',
      'Engineering/Site-Reliability-Engineering/README.md:24 ladder-links',
      'Engineering/Software-Engineering/L5-Principal-Software-Engineer.md:5 ladder-metadata',
      'Engineering/Software-Engineering/L6-Senior-Principal-Software-Engineer.md:8 ladder-metadata',
      'Engineering/Software-Engineering/README.md:1 ladder-track-index',
      'Engineering/Software-Engineering/README.md:27 ladder-links',
      'Security-Operations/README.md:39 ladder-links',
    ]);
  });
});
