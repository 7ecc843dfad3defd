#!/usr/bin/env node
import {
  processorFor,
  ruleMetas,
  settingsFor,
  trackRules
} from "./chunks/NDAHIR23.js";
import "./chunks/SNUMBKS6.js";
import "./chunks/BDR6INIF.js";
import "./chunks/6YWCXBSI.js";
import "./chunks/QRPM5XV5.js";
import "./chunks/CK325EWE.js";
import "./chunks/2DJ26Y4G.js";
import "./chunks/2CKBHHVE.js";
import "./chunks/Q5ZANKLP.js";
import "./chunks/S6EFWGKK.js";
import "./chunks/KLTEM3CE.js";
import "./chunks/MCEJY7JR.js";
import "./chunks/KDXYYAJI.js";
import "./chunks/S3UNJ4K5.js";
import "./chunks/XBNRIXL3.js";
import "./chunks/DCHQNVR6.js";
import "./chunks/XQXRPLNE.js";
import "./chunks/H6E5BKS7.js";
import "./chunks/YG2FXEGJ.js";
import "./chunks/5WV7ZV75.js";
import "./chunks/B7C32CAA.js";
import "./chunks/4NSXF6I5.js";
import "./chunks/QGZBHIDC.js";
import "./chunks/EGFNSXRN.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/WGF2JROM.js";
import "./chunks/N47473IK.js";
import {
  linkedPages,
  loadConfig,
  makeContext,
  readLadderFile
} from "./chunks/2UCCQMGD.js";
import "./chunks/3ZNROPLK.js";
import "./chunks/IZPIUISF.js";
import "./chunks/A5WDNF5E.js";
import "./chunks/SLYHWU2C.js";

// src/remark-preset.ts
import { dirname, relative, resolve } from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
var rulesRemarkCannotRun = trackRules.map((rule) => rule.meta.id);
var configs = /* @__PURE__ */ new Map();
function configFor(file, options) {
  const cwd = file.cwd || process.cwd();
  const key = options.config ? resolve(cwd, options.config) : dirname(resolve(cwd, file.path || "page.md"));
  let config = configs.get(key);
  if (!config) {
    config = loadConfig({
      searchFrom: key,
      knownRules: ruleMetas,
      ...options.config ? { configFile: key } : {}
    });
    configs.set(key, config);
  }
  return config;
}
var linked = linkedPages();
var remarkLadderLint = (options = {}) => {
  return async (tree, file) => {
    const config = await configFor(file, options);
    const cwd = file.cwd || process.cwd();
    const absolutePath = resolve(cwd, file.path || "page.md");
    const { rules, template, ladder } = settingsFor(absolutePath, cwd, config);
    const path = relative(cwd, absolutePath).replaceAll("\\", "/");
    const pages = readLadderFile(tree, file, path, config, ladder);
    file.data.ladder = makeContext(pages, config, linked, template, ladder);
    await processorFor(rules).run(tree, file);
  };
};
var remarkPreset = {
  plugins: [remarkGfm, [remarkFrontmatter, ["yaml"]], remarkLadderLint]
};
var remark_preset_default = remarkPreset;
export {
  remark_preset_default as default,
  remarkLadderLint,
  rulesRemarkCannotRun
};
