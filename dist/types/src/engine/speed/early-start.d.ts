/**
 * Whether the CLI should start the spelling worker before it loads its own modules (src/bin.ts).
 * Not for --help and --version, which spell nothing; and not when --cache is given and the cache
 * file is there: then most pages are likely unchanged, and loading the dictionaries on the other
 * core would be most of the run's work. A page that did change starts the worker when it needs it.
 */
export declare function startSpellingEarly(args: readonly string[], cwd: string): boolean;
