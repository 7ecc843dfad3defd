#!/usr/bin/env node
import {
  visit
} from "./AUYJIZVL.js";

// package.json
var package_default = {
  name: "ladder-lint",
  version: "0.1.0",
  description: "Lint career ladders: the Markdown pages that say what each level of a role expects.",
  license: "Apache-2.0",
  repository: {
    type: "git",
    url: "git+https://github.com/ladder-lint/ladder-lint.git"
  },
  homepage: "https://github.com/ladder-lint/ladder-lint#readme",
  bugs: {
    url: "https://github.com/ladder-lint/ladder-lint/issues"
  },
  type: "module",
  bin: {
    "ladder-lint": "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      default: "./dist/lib.js"
    },
    "./remark-preset": {
      types: "./dist/types/src/remark-preset.d.ts",
      default: "./dist/remark-preset.js"
    },
    "./rules/*": {
      types: "./dist/types/rules/*.d.ts",
      default: "./dist/rules/*.js"
    },
    "./schema.json": "./schema.json",
    "./package.json": "./package.json"
  },
  files: [
    "dist/cli.js",
    "dist/lib.js",
    "dist/spelling-worker.js",
    "dist/chunks",
    "dist/rules",
    "dist/remark-preset.js",
    "dist/types",
    "schema.json"
  ],
  engines: {
    node: ">=22.18"
  },
  scripts: {
    build: "node scripts/write-derived.ts && node scripts/build.mjs && tsc -p tsconfig.build.json",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "NODE_OPTIONS=--experimental-vm-modules jest",
    derive: "node scripts/write-derived.ts",
    bench: "npm run build && node bench/run.ts",
    "bench:pathological": "node bench/pathological.ts",
    fuzz: "node scripts/fuzz.ts"
  },
  keywords: [
    "career-ladder",
    "lint",
    "remark-lint",
    "markdown"
  ],
  dependencies: {
    "@cspell/dict-en-common-misspellings": "2.2.6",
    ajv: "8.20.0",
    "cspell-lib": "10.4.0",
    gemoji: "8.1.0",
    "github-slugger": "2.0.0",
    ignore: "7.0.16",
    "json-schema-to-ts": "3.1.1",
    "mdast-util-to-string": "4.0.0",
    "parse-english": "7.0.0",
    picocolors: "1.1.1",
    picomatch: "4.0.7",
    re2js: "2.9.1",
    "remark-frontmatter": "5.0.0",
    "remark-gfm": "4.0.1",
    "remark-parse": "11.0.0",
    "remark-validate-links": "13.1.0",
    "retext-indefinite-article": "5.0.0",
    tinyglobby: "0.2.17",
    unified: "11.0.5",
    "unified-lint-rule": "3.0.1",
    vfile: "6.0.3",
    "vfile-location": "5.0.3",
    "vfile-message": "4.0.4",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@eslint/js": "9.39.5",
    "@jest/globals": "29.7.0",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@types/jest": "29.5.14",
    "@types/mdast": "4.0.4",
    "@types/node": "24.19.2",
    "@types/picomatch": "4.0.3",
    "@types/sarif": "2.1.7",
    "ajv-draft-04": "1.0.0",
    cspell: "10.4.0",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    "eslint-plugin-regexp": "3.3.3",
    "fast-check": "4.10.2",
    jest: "29.7.0",
    "markdownlint-cli2": "0.24.1",
    prettier: "3.10.1",
    "remark-cli": "12.0.1",
    "ts-jest": "29.4.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    "unist-util-visit": "5.2.0"
  }
};

// src/engine/speed/cache.ts
import { createHash } from "node:crypto";
import { readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { isMap, isRegExp, isSet } from "node:util/types";
import { deserialize, serialize } from "node:v8";
var formatVersion = 2;
var magic = "ladder-lint-cache";
var defaultCacheLocation = ".ladder-lint-cache";
var sha1 = (data) => createHash("sha1").update(data).digest("hex");
function contentHash(text, bom) {
  return sha1(`${bom ? "1" : "0"}${text}`);
}
function runHash(value) {
  return sha1(stableStringify(value));
}
function stableStringify(value) {
  return JSON.stringify(value, (_key, entry) => {
    if (isRegExp(entry)) return `/${entry.source}/${entry.flags}`;
    if (isMap(entry)) return { $map: [...entry] };
    if (isSet(entry)) return { $set: [...entry] };
    if (typeof entry === "function") return String(entry);
    if (entry && typeof entry === "object" && !Array.isArray(entry))
      return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
    return entry;
  });
}
function runKeyOf(config, cwd) {
  const dependencies = package_default.dependencies;
  return sha1(
    stableStringify({
      version: package_default.version,
      node: process.version,
      dictionaries: [dependencies["cspell-lib"], dependencies["@cspell/dict-en-common-misspellings"]],
      cwd,
      config
    })
  );
}
function linkedPath(url, pagePath) {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith("?")) return void 0;
  const pathPart = (url.split("#", 1)[0] ?? "").split("?")[0] ?? "";
  if (pathPart === "") return void 0;
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
  }
  return resolve(dirname(pagePath), decoded);
}
function linkedFiles(tree, pagePath) {
  const targets = /* @__PURE__ */ new Set();
  let unsure = false;
  visit(tree, (node) => {
    if (!("url" in node) || typeof node.url !== "string") return;
    if (node.url.startsWith("/")) unsure = true;
    const target = linkedPath(node.url, pagePath);
    if (target) targets.add(target);
  });
  return unsure ? void 0 : [...targets];
}
var cspellSettingsName = /cspell|^package\.json$/i;
var cspellSettingsFolders = [".vscode", ".config"];
var cspellDependency = (folder) => `cspell-settings:${folder}`;
async function fingerprintOfFile(path) {
  try {
    const found = await stat(path);
    if (found.isDirectory()) return "folder";
    if (!/\.(md|markdown)$/i.test(path)) return "file";
    return `page:${sha1(await readFile(path))}`;
  } catch {
    return "missing";
  }
}
async function cspellSettingsIn(folder) {
  const parts = [];
  for (const where of [folder, ...cspellSettingsFolders.map((name) => join(folder, name))]) {
    let names;
    try {
      names = await readdir(where);
    } catch {
      continue;
    }
    for (const name of names.filter((name2) => cspellSettingsName.test(name2)).sort())
      parts.push(`${join(where, name)}:${await hashOf(join(where, name))}`);
  }
  return parts.join("|");
}
async function hashOf(path) {
  try {
    return sha1(await readFile(path));
  } catch {
    return "unreadable";
  }
}
var LintCache = class _LintCache {
  seen = /* @__PURE__ */ new Map();
  fingerprints = /* @__PURE__ */ new Map();
  folderSettings = /* @__PURE__ */ new Map();
  changed = false;
  run;
  runChanged = false;
  location;
  runKey;
  stored;
  constructor(location, runKey, stored, run) {
    this.location = location;
    this.runKey = runKey;
    this.stored = stored;
    this.run = run;
  }
  /**
   * Reads the cache at `location`. A file that is not a ladder-lint cache, or is damaged, is set
   * aside with one warning (it is overwritten at the end of the run); one made for another
   * version or configuration is set aside silently, as its entries no longer apply.
   */
  static async open(location, runKey, warn) {
    let bytes;
    try {
      bytes = await readFile(location);
    } catch {
      return new _LintCache(location, runKey, /* @__PURE__ */ new Map());
    }
    let file;
    try {
      file = deserialize(bytes);
    } catch {
      file = void 0;
    }
    if (!file || file.magic !== magic || typeof file.format !== "number" || !isMap(file.entries)) {
      warn(
        `ladder-lint: the cache file ${location} is not one ladder-lint wrote, or is damaged; it is ignored and will be replaced. Delete it, or give --cache-location another file, if it is not the cache.
`
      );
      return new _LintCache(location, runKey, /* @__PURE__ */ new Map());
    }
    const usable = file.format === formatVersion && file.runKey === runKey;
    if (!usable) return new _LintCache(location, runKey, /* @__PURE__ */ new Map());
    const run = file.run && typeof file.run.key === "string" ? file.run : void 0;
    return new _LintCache(location, runKey, file.entries, run);
  }
  fingerprint(dependency) {
    let found = this.fingerprints.get(dependency);
    if (!found) {
      found = dependency.startsWith("cspell-settings:") ? this.cspellSettingsAbove(dependency.slice("cspell-settings:".length)) : fingerprintOfFile(dependency);
      this.fingerprints.set(dependency, found);
    }
    return found;
  }
  /** The cspell settings files in a folder and every folder above it, as one fingerprint. */
  async cspellSettingsAbove(folder) {
    const chain = [];
    for (let at = folder; ; at = dirname(at)) {
      let settings = this.folderSettings.get(at);
      if (!settings) {
        settings = cspellSettingsIn(at);
        this.folderSettings.set(at, settings);
      }
      chain.push(await settings);
      if (dirname(at) === at) break;
    }
    return sha1(chain.join("\n"));
  }
  /** The page as it was kept, when its text and every file it depends on are as they were. */
  async lookup(absolutePath, hash) {
    const entry = this.stored.get(absolutePath);
    if (!entry || entry.hash !== hash) return void 0;
    for (const [dependency, fingerprint] of entry.dependencies)
      if (await this.fingerprint(dependency) !== fingerprint) return void 0;
    let page;
    try {
      page = deserialize(entry.data);
    } catch {
      return void 0;
    }
    this.seen.set(absolutePath, entry);
    return page;
  }
  /**
   * Keeps a page's own findings, outlines and collected values. `linked` is what linkedFiles
   * returned; undefined keeps nothing. Serialized at once: the run goes on to add the cross-page
   * findings to the same objects.
   */
  async store(absolutePath, hash, page, linked) {
    if (!linked) return;
    const dependencies = [cspellDependency(dirname(absolutePath)), ...linked];
    const data = serialize(page);
    const entry = {
      hash,
      dependencies: await Promise.all(
        dependencies.map(
          async (dependency) => [dependency, await this.fingerprint(dependency)]
        )
      ),
      data
    };
    this.seen.set(absolutePath, entry);
    this.changed = true;
  }
  /**
   * What the cross-page rules added to each of `states` states when the last run's were the
   * same (`key`, see RunEntry), or undefined. Only for a run whose every page was a hit.
   */
  lookupRun(key, states) {
    if (!this.run || this.run.key !== key) return void 0;
    let added;
    try {
      added = deserialize(this.run.data);
    } catch {
      return void 0;
    }
    return Array.isArray(added) && added.length === states ? added : void 0;
  }
  /** Keeps what the cross-page rules added to each state of this run; serialized at once. */
  storeRun(key, added) {
    this.run = { key, data: serialize(added) };
    this.runChanged = true;
  }
  /**
   * Writes the pages of this run (not those of pages that are gone) to a temporary file beside
   * the cache, then renames it over the cache, so that a run stopped half-way never leaves half
   * a file. Failing to write is a warning: the findings are not affected.
   */
  async save(warn) {
    if (!this.changed && !this.runChanged && this.seen.size === this.stored.size) return;
    const file = {
      magic,
      format: formatVersion,
      runKey: this.runKey,
      entries: this.seen,
      ...this.run ? { run: this.run } : {}
    };
    const temporary = `${this.location}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(temporary, serialize(file));
      await rename(temporary, this.location);
    } catch (error) {
      await unlink(temporary).catch(() => void 0);
      warn(`ladder-lint: could not write the cache to ${this.location}: ${error.message}
`);
    }
  }
};

// src/engine/speed/large-run.ts
import { setFlagsFromString } from "node:v8";
var largeRunFiles = 2e3;
function heapFlagsFor(count) {
  return count >= largeRunFiles ? "--heap-growing-percent=50" : void 0;
}
function boundHeapForLargeRuns(count) {
  const flags = heapFlagsFor(count);
  if (flags) setFlagsFromString(flags);
}

// src/engine/speed/keep-copy.ts
import { isMap as isMap2 } from "node:util/types";
var sharedStringLength = 64;
function isPoint(value) {
  return typeof value?.line === "number" && typeof value?.column === "number";
}
function isPosition(value) {
  return isPoint(value?.start) && isPoint(value?.end);
}
function compactPosition({ start, end }) {
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}
function keepCopier() {
  const strings = /* @__PURE__ */ new Map();
  const share = (text) => {
    if (text.length > sharedStringLength) return text;
    const kept = strings.get(text);
    if (kept !== void 0) return kept;
    strings.set(text, text);
    return text;
  };
  const shareWithin = (value) => {
    if (typeof value === "string") return share(value);
    if (isPosition(value)) return compactPosition(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = shareWithin(value[index]);
    } else if (isMap2(value)) {
      for (const [key, entry] of value) value.set(key, shareWithin(entry));
    } else if (value !== null && typeof value === "object") {
      const record = value;
      for (const key of Object.keys(record)) record[key] = shareWithin(record[key]);
    }
    return value;
  };
  return (data) => shareWithin(structuredClone(data));
}

// src/engine/speed/spelling-thread.ts
import { Worker } from "node:worker_threads";
var workerFile = true ? "../spelling-worker.js" : "../../text/spelling-worker.ts";
var worker;
var pending = /* @__PURE__ */ new Map();
var lastId = 0;
var workerCpu = 0;
var cpuOfEarlierWorkers = 0;
function failAll(error) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = void 0;
  cpuOfEarlierWorkers += workerCpu;
  workerCpu = 0;
}
function startWorker() {
  const started = new Worker(new URL(workerFile, import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 64 }
  });
  started.on("message", (response) => {
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (response.cpu !== void 0) workerCpu = response.cpu;
    if (pending.size === 0) started.unref();
    if (!waiting) return;
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(new Error(response.message));
  });
  started.on("error", (error) => failAll(new Error(`the spell checker stopped: ${error.message}`)));
  started.on("exit", (code) => {
    if (worker === started) failAll(new Error(`the spell checker stopped (exit code ${code})`));
  });
  return started;
}
function startSpellingWorker() {
  worker ??= startWorker();
  if (pending.size === 0) worker.unref();
}
function stopUnaskedSpellingWorker() {
  if (!worker || lastId > 0) return;
  const unasked = worker;
  worker = void 0;
  void unasked.terminate();
}
function askSpellingThread(question) {
  worker ??= startWorker();
  const id = ++lastId;
  const asked = worker;
  return new Promise((resolve3, reject) => {
    pending.set(id, { resolve: resolve3, reject });
    asked.ref();
    asked.postMessage({ ...question, id });
  });
}

// src/engine/speed/early-start.ts
import { existsSync } from "node:fs";
import { resolve as resolve2 } from "node:path";
function startSpellingEarly(args, cwd) {
  if (args.some((arg) => /^(-h|--help|-v|--version)$/.test(arg))) return false;
  if (!args.includes("--cache")) return true;
  const at = args.findIndex((arg) => arg === "--cache-location" || arg.startsWith("--cache-location="));
  const given = at < 0 ? void 0 : args[at]?.includes("=") ? args[at]?.split("=").slice(1).join("=") : args[at + 1];
  return !existsSync(resolve2(cwd, given ?? defaultCacheLocation));
}

// src/engine/speed/index.ts
function openLintCache(location, config, cwd, warn) {
  return LintCache.open(location, runKeyOf({ ...config, cache: void 0 }, cwd), warn);
}

export {
  package_default,
  defaultCacheLocation,
  contentHash,
  runHash,
  linkedFiles,
  boundHeapForLargeRuns,
  keepCopier,
  startSpellingWorker,
  stopUnaskedSpellingWorker,
  askSpellingThread,
  startSpellingEarly,
  openLintCache
};
