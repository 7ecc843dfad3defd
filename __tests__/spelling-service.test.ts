/**
 * The spelling worker's life: started early by the CLI, stopped if no rule asks for it, and
 * started again by the first question after that. A file of its own, as the worker is one per
 * module instance and other tests' questions would keep it asked.
 */
import { expect, test } from '@jest/globals';

test('a worker started early and never asked is stopped; the next question starts a new one', async () => {
  const { startSpellingWorker, stopUnaskedSpellingWorker } = await import('../src/engine/speed/index.ts');
  const { englishVariantsOf } = await import('../src/text/spelling-service.ts');
  startSpellingWorker();
  stopUnaskedSpellingWorker();
  expect(await englishVariantsOf(['colour', 'table'])).toEqual([
    { variant: 'en-GB', key: 'color', otherForm: 'color' },
    null,
  ]);
});

test("the worker's CPU time comes back with its answers, and only grows", async () => {
  const { spellingWorkerCpu } = await import('../src/engine/speed/index.ts');
  const { englishVariantsOf } = await import('../src/text/spelling-service.ts');
  await englishVariantsOf(['colour']);
  const first = spellingWorkerCpu();
  expect(first).toBeGreaterThan(0);
  await englishVariantsOf(['organisation', 'behaviour']);
  expect(spellingWorkerCpu()).toBeGreaterThanOrEqual(first);
});
