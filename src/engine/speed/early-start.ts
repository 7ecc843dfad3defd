import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCacheLocation } from './cache.ts';

/**
 * Whether the CLI should start the spelling worker before it loads its own modules (src/bin.ts).
 * Not for --help and --version, which spell nothing; and not when --cache is given and the cache
 * file is there: then most pages are likely unchanged, and loading the dictionaries on the other
 * core would be most of the run's work. A page that did change starts the worker when it needs it.
 */
export function startSpellingEarly(args: readonly string[], cwd: string): boolean {
  if (args.some((arg) => /^(-h|--help|-v|--version)$/.test(arg))) return false;
  if (!args.includes('--cache')) return true;
  const at = args.findIndex((arg) => arg === '--cache-location' || arg.startsWith('--cache-location='));
  const given =
    at < 0 ? undefined : args[at]?.includes('=') ? args[at]?.split('=').slice(1).join('=') : args[at + 1];
  return !existsSync(resolve(cwd, given ?? defaultCacheLocation));
}
