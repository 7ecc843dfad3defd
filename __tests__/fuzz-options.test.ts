import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { checkOptions } from '../scripts/fuzz-options.ts';

/** The values a property saw, and what fast-check said, for the options of npm run fuzz. */
function seen(options: ReturnType<typeof checkOptions>, fails: (value: number) => boolean) {
  const values: number[] = [];
  const details = fc.check(
    fc.property(fc.integer(), (value) => {
      values.push(value);
      return !fails(value);
    }),
    options,
  );
  return { values, details };
}

test('a replay runs the one case its path names, not the cases after it', () => {
  const all = seen(checkOptions(42, 100), () => false).values;
  const replay = seen(checkOptions(42, 100, '5'), () => false).values;
  expect(all).toHaveLength(100);
  expect(replay).toEqual([all[5]]);
});

test('a replay of a failing case reports that case, without shrinking it again', () => {
  const all = seen(checkOptions(42, 100), () => false).values;
  const failing = all[5] as number;
  const { values, details } = seen(checkOptions(42, 100, '5'), (value) => value === failing);
  expect(values).toEqual([failing]);
  expect(details.counterexample).toEqual([failing]);
  expect(details.counterexamplePath).toBe('5');
});
