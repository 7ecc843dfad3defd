import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { VFile } from 'vfile';
import { safePattern } from '../config/safe-pattern.ts';
import type { ResolvedConfig } from '../config/types.ts';
import type { LadderPage } from './ladder-page.ts';

type TrackSpec = ResolvedConfig['tracks'][number];

const matchers = new WeakMap<TrackSpec, (path: string) => boolean>();

/** Compiled once per configured track, not once per page. */
function filesMatcher(track: TrackSpec, files: string[]): (path: string) => boolean {
  let matcher = matchers.get(track);
  if (!matcher) {
    matcher = picomatch(files, { dot: true });
    matchers.set(track, matcher);
  }
  return matcher;
}

/**
 * The configured track a page belongs to (`tracks` in the configuration), by its file's path
 * from the track's folder (or the working directory) or by its title; undefined when none
 * claims it, and the page keeps the track its layout gave it.
 */
export function configuredTrack(page: LadderPage, file: VFile, config: ResolvedConfig): string | undefined {
  const cwd = file.cwd || process.cwd();
  const absolutePath = resolve(cwd, file.path || page.path);
  for (const track of config.tracks) {
    const relativePath = relative(track.base || cwd, absolutePath)
      .split(sep)
      .join('/');
    if (track.files && !relativePath.startsWith('..') && filesMatcher(track, track.files)(relativePath))
      return track.name;
    if (track.title && page.title && safePattern(track.title).test(page.title.name)) return track.name;
  }
  return undefined;
}
