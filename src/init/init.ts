/**
 * `ladder-lint init [dir] [--force]`: looks at a folder's ladder, decides how it is laid out and
 * writes a `.ladderlintrc.json` that says so, printing what it found and what it could not decide.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { configFileNames } from '../config/load-config.ts';
import { buildConfig } from './build-config.ts';
import { detectLayout, lookedFor, overrideGlobs } from './detect-layout.ts';
import { findOrdinalScales } from './ordinal-scales.ts';
import { planLayout } from './plan-layout.ts';
import { proposeWords } from './propose-words.ts';
import { describeRun, plural } from './report.ts';
import { scanFolder } from './scan-folder.ts';

export interface InitIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export interface InitOptions {
  /** Replace a `.ladderlintrc.json` that is already there. */
  force?: boolean;
}

export const initConfigFile = '.ladderlintrc.json';

/** Runs init on `dir` (relative to the working directory) and returns the exit code; never calls process.exit. */
export async function runInit(dir: string, options: InitOptions, io: InitIo): Promise<number> {
  const folder = resolve(io.cwd, dir);
  const shown = relative(io.cwd, folder) || '.';
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.stderr(`ladder-lint init: "${dir}" is not a folder. Give the folder that holds the ladder.\n`);
    return 2;
  }
  const target = join(folder, initConfigFile);
  const targetShown = shown === '.' ? initConfigFile : `${shown}/${initConfigFile}`;
  if (existsSync(target) && !options.force) {
    io.stderr(
      `ladder-lint init: ${targetShown} already exists; nothing was written. Run "ladder-lint init${shown === '.' ? '' : ` ${shown}`} --force" to replace it.\n`,
    );
    return 2;
  }

  const { files, unreadable } = await scanFolder(folder);
  const detection = detectLayout(files);
  if (!detection) {
    io.stderr(
      `ladder-lint init: found no level in ${plural(files.length, 'Markdown page')} in ${shown}, so nothing was written. Looked for:\n${lookedFor.map((item) => `  - ${item}\n`).join('')}`,
    );
    return 1;
  }
  const ordinalScales = findOrdinalScales(files);
  const main = planLayout(files, detection.main, ordinalScales);
  const overrides = detection.others.map(({ files: paths, reading }) => ({
    files: overrideGlobs(paths, detection.main.pages.keys()),
    plan: planLayout(files, reading, ordinalScales),
  }));
  const words = await proposeWords(folder, files);
  const config = buildConfig({ main, overrides, words: words.proposed });

  const lines = describeRun({ detection, main, overrides, words, unreadable });
  for (const name of configFileNames.filter((name) => name !== initConfigFile && name !== 'package.json'))
    if (existsSync(join(folder, name)))
      lines.push(`Note: ${name} is here too; ${initConfigFile} is read instead of it.`);

  writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`);
  lines.push(
    `Wrote ${targetShown}. Check it with: ladder-lint --format outline${shown === '.' ? '' : ` ${shown}`}`,
  );
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
