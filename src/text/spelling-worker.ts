/**
 * The spelling worker: cspell-lib and its dictionaries live in this thread, so that loading them
 * (a second of the run) and checking pages happen on the machine's other core while the main
 * thread parses and checks the structure of the next pages. The questions are spelling-service.ts's;
 * src/engine/speed/spelling-thread.ts starts this thread and carries them here.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { variantsOf } from './english-variants.ts';
import { findMisspellings } from './misspellings.ts';
import { spellCheckerFor } from './spelling.ts';
import type { ThreadResponse } from '../engine/speed/index.ts';
import type { SpellingRequest } from './spelling-service.ts';

async function answer(request: SpellingRequest): Promise<unknown> {
  if (request.kind === 'misspellings')
    return findMisspellings(request.pagePath, request.spelling, request.prose, request.limit);
  if (request.kind === 'thread') return threadId;
  if (request.kind === 'prepare') return spellCheckerFor(request.pagePath, request.spelling).then(() => true);
  return variantsOf(request.words);
}

/** This thread's CPU time so far, in microseconds (Node 23.9 and later; undefined before). */
function cpu(): number | undefined {
  const used = process.threadCpuUsage?.();
  return used && used.user + used.system;
}

parentPort?.on('message', (request: SpellingRequest) => {
  answer(request).then(
    (value): void =>
      parentPort?.postMessage({ id: request.id, cpu: cpu(), ok: true, value } satisfies ThreadResponse),
    (error: unknown): void =>
      parentPort?.postMessage({
        id: request.id,
        cpu: cpu(),
        ok: false,
        message: (error as Error)?.message ?? String(error),
      } satisfies ThreadResponse),
  );
});
