#!/usr/bin/env node
import {
  isInside,
  levelFromFileName,
  lintRootFor
} from "./4CY6Z5UJ.js";
import {
  append
} from "./UI456VJZ.js";

// src/engine/discover.ts
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
var ignoreFileNames = [".gitignore", ".ladderlintignore"];
var maximumIgnoreFileBytes = 1024 * 1024;
var alwaysSkipped = ["**/node_modules/**", "**/.git/**"];
function isCandidate(path) {
  const base = path.split(/[\\/]/).pop() ?? "";
  if (isPageName(base)) return true;
  return !base.includes(".") && levelFromFileName(base) !== void 0;
}
function isPageName(path) {
  return /\.(md|markdown)$/i.test(path);
}
function folderNamedLikeAPage(folder) {
  return {
    pattern: folder.replace(/\/$/, ""),
    problem: 'This is a folder, not a page, though its name ends in ".md". Rename it, or move its contents into a page.',
    kind: "unreadable"
  };
}
async function ignoreRulesFor(root, lintRoot) {
  const files = [];
  let folder = root;
  for (; ; ) {
    for (const name of ignoreFileNames) files.push(join(folder, name));
    if (existsSync(join(folder, ".git"))) break;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const nested = await glob(
    ignoreFileNames.map((name) => `**/${name}`),
    { cwd: root, absolute: true, dot: true, ignore: alwaysSkipped, followSymbolicLinks: false }
  );
  append(files, nested);
  const rules = [];
  for (const file of new Set(files)) {
    if (!existsSync(file)) continue;
    try {
      const stats = statSync(file);
      if (!stats.isFile() || stats.size > maximumIgnoreFileBytes) continue;
      if (isInside(file, lintRoot) && !isInside(realpathSync(file), lintRoot)) continue;
      rules.push({ folder: dirname(file), rules: ignore().add(readFileSync(file, "utf8")) });
    } catch {
    }
  }
  return rules;
}
function isIgnored(path, rules) {
  return rules.some(({ folder, rules: set }) => {
    const relativePath = relative(folder, path);
    if (relativePath.startsWith("..") || relativePath === "") return false;
    return set.ignores(relativePath.split(sep).join("/"));
  });
}
function isIgnoredFolder(path, folder, rules) {
  const relativePath = relative(folder, path);
  if (relativePath.startsWith("..") || relativePath === "") return false;
  return rules.ignores(`${relativePath.split(sep).join("/")}/`);
}
function configIgnores(config, cwd) {
  const matchers = config.ignores.map(({ base, pattern }) => {
    const match = picomatch(pattern, { dot: true });
    const root = base || cwd;
    return (path) => {
      const relativePath = relative(root, path).split(sep).join("/");
      return !relativePath.startsWith("..") && match(relativePath);
    };
  });
  return (path) => matchers.some((matches) => matches(path));
}
var outsideFolderProblem = "This is a symbolic link to a folder outside the folder being checked, so it was not read. Name the folder it points to instead, or delete the link.";
function unreadableFolder(folder, error) {
  const code = error.code;
  const problem = code === "ENAMETOOLONG" ? "The path of this folder is longer than the system allows, so the pages in it could not be read. Shorten the names of its folders." : code === "EACCES" || code === "EPERM" ? "ladder-lint is not allowed to open this folder, so the pages in it were not checked; check its permissions." : `This folder could not be read (${code ?? error.message}), so the pages in it were not checked.`;
  return { pattern: folder, problem, kind: "unreadable" };
}
function walkFolder(folder, skipFolder) {
  const pages = [];
  const problems = [];
  const visit = (path, bytes) => {
    let entries;
    try {
      entries = readdirSync(bytes ?? path, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      problems.push(unreadableFolder(path, error));
      return;
    }
    for (const entry of entries) {
      const name = entry.name.toString("utf8");
      const entryPath = join(path, name);
      const entryBytes = bytes || !Buffer.from(name).equals(entry.name) ? Buffer.concat([bytes ?? Buffer.from(path), Buffer.from(sep), entry.name]) : void 0;
      if (entry.isDirectory()) {
        if (name === ".git" || name === "node_modules" || skipFolder(entryPath)) continue;
        if (isPageName(name)) problems.push(folderNamedLikeAPage(entryPath));
        visit(entryPath, entryBytes);
        continue;
      }
      if (!isCandidate(entryPath)) continue;
      if (entry.isSymbolicLink()) {
        try {
          if (statSync(entryBytes ?? entryPath).isDirectory()) continue;
        } catch (error) {
          const problem = brokenLinkProblem(entryBytes ?? entryPath, error);
          if (problem) {
            problems.push(problem);
            continue;
          }
        }
      }
      pages.push(entryBytes ? { path: entryPath, bytes: entryBytes } : { path: entryPath });
    }
  };
  visit(folder, void 0);
  return { pages, problems };
}
function brokenLinkProblem(path, error) {
  const code = error.code;
  if (code !== "ELOOP" && code !== "ENOENT") return void 0;
  const problem = code === "ELOOP" ? "This is a symbolic link that points back to itself, so there is no page to check. Point it at a page or delete it." : `This is a symbolic link to "${safeReadlink(path)}", which does not exist. Point it at a page or delete it.`;
  return { pattern: path.toString(), problem, kind: "unreadable" };
}
function linkedEntries(folders) {
  const pages = [];
  const broken = [];
  for (const folder of folders) {
    let names;
    try {
      names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isSymbolicLink() && !entry.name.startsWith(".")).map((entry) => entry.name);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (!isCandidate(path)) continue;
      try {
        if (!statSync(path).isDirectory()) pages.push(path);
      } catch (error) {
        const problem = brokenLinkProblem(path, error);
        if (problem) broken.push(problem);
        else pages.push(path);
      }
    }
  }
  return { pages, broken };
}
function safeReadlink(path) {
  try {
    return readlinkSync(path, "utf8");
  } catch {
    return "?";
  }
}
async function discoverFiles(patterns, cwd, config) {
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  const ignoredByConfig = configIgnores(config, cwd);
  for (const pattern of patterns.length > 0 ? patterns : ["."]) {
    const absolute = resolve(cwd, pattern);
    let kind = "missing";
    try {
      const stats = statSync(absolute);
      kind = stats.isDirectory() ? "folder" : "file";
    } catch (error) {
      const code = error.code;
      kind = code === "ENOENT" || code === "ENOTDIR" ? "missing" : "file";
    }
    if (kind === "file") {
      found.set(absolute, { path: absolute, explicit: true, root: lintRootFor(dirname(absolute), cwd) });
      continue;
    }
    if (kind === "missing" && !isDynamicPattern(pattern)) {
      problems.push({ pattern, problem: "No file or folder has this name.", kind: "missing" });
      continue;
    }
    const lintRoot = lintRootFor(
      kind === "folder" ? absolute : resolve(cwd, picomatch.scan(pattern).base),
      cwd
    );
    if (kind === "folder" && !isInside(realpathSync(absolute), lintRoot)) {
      problems.push({ pattern: absolute, problem: outsideFolderProblem, kind: "unreadable" });
      continue;
    }
    const root = kind === "folder" ? absolute : cwd;
    let rules = await ignoreRulesFor(root, lintRoot);
    if (kind === "folder")
      rules = rules.filter(({ folder, rules: set }) => !isIgnoredFolder(root, folder, set));
    let matches;
    const notPages = [];
    if (kind === "folder") {
      const walked = walkFolder(
        root,
        (path) => rules.some(({ folder, rules: set }) => isIgnoredFolder(path, folder, set))
      );
      matches = walked.pages;
      append(notPages, walked.problems);
      if (isPageName(absolute)) notPages.unshift(folderNamedLikeAPage(`${absolute}/`));
    } else {
      const entries = await glob([pattern], {
        cwd: root,
        absolute: true,
        dot: false,
        onlyFiles: false,
        ignore: alwaysSkipped,
        // Linked folders are not entered, so a link loop cannot hang the run; linked pages are found below.
        followSymbolicLinks: false
      });
      matches = entries.filter((entry) => !entry.endsWith("/")).map((path) => ({ path }));
      const links = linkedEntries([root, ...entries.filter((entry) => entry.endsWith("/"))]);
      append(
        matches,
        links.pages.map((path) => ({ path }))
      );
      const folderPages = entries.filter((entry) => entry.endsWith("/") && isPageName(entry.slice(0, -1)));
      append(append(notPages, links.broken), folderPages.map(folderNamedLikeAPage));
    }
    for (const entry of notPages) {
      if (!isIgnored(entry.pattern, rules) && !ignoredByConfig(entry.pattern)) problems.push(entry);
    }
    const before = found.size;
    for (const { path, bytes } of matches) {
      if (!isCandidate(path) || found.has(path)) continue;
      if (isIgnored(path, rules) || ignoredByConfig(path)) continue;
      found.set(path, { path, explicit: false, root: lintRoot, ...bytes ? { bytes } : {} });
    }
    if (found.size === before && kind === "missing") {
      problems.push({ pattern, problem: "No Markdown file matches this pattern.", kind: "missing" });
    }
  }
  const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, problems };
}

export {
  discoverFiles
};
