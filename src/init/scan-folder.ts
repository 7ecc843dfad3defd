import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { mergeConfig } from '../config/load-config.ts';
import { discoverFiles } from '../engine/discover.ts';
import { readText, unparseableReason } from '../engine/read-text.ts';
import { parseMarkdown } from '../model/parse.ts';

/** A page of the folder, read and parsed once for every question init asks of it. */
export interface ScannedFile {
  /** Relative to the folder, with forward slashes. */
  path: string;
  file: VFile;
  tree: Root;
}

export interface FolderScan {
  files: ScannedFile[];
  /** Pages that could not be read, each with the reason. */
  unreadable: Array<{ path: string; problem: string }>;
}

/**
 * The pages ladder-lint would check in `folder` with no configuration (its ignore files apply),
 * each parsed as the linter parses it.
 */
export async function scanFolder(folder: string): Promise<FolderScan> {
  const { files: found } = await discoverFiles(['.'], folder, mergeConfig(undefined, '', []));
  const scan: FolderScan = { files: [], unreadable: [] };
  for (const { path: absolute } of found) {
    const path = relative(folder, absolute).split(sep).join('/');
    const read = await readText(absolute);
    const problem = read.ok ? unparseableReason(read.text) : read.problem;
    if (!read.ok || problem !== undefined) {
      scan.unreadable.push({ path, problem: problem ?? 'it could not be read' });
      continue;
    }
    if (read.text.trim() === '') continue;
    const file = new VFile({ path, value: read.text, cwd: folder });
    scan.files.push({ path, file, tree: parseMarkdown(file) });
  }
  return scan;
}
