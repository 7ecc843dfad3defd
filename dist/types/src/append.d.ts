/**
 * Adds `items` to the end of `target`, one by one. `target.push(...items)` passes every item as an
 * argument on the call stack, which overflows past about a hundred thousand (a list of 150,000
 * bullets, a folder of that many files).
 */
export declare function append<T>(target: T[], items: Iterable<T>): T[];
