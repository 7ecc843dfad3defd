#!/usr/bin/env node
import {
  processorFor
} from "./chunks/IXWT5N7J.js";
import {
  ruleMetas,
  trackRules
} from "./chunks/4IOQMJQ7.js";
import {
  settingsFor
} from "./chunks/TYUF5ILD.js";
import "./chunks/SQ4IMF4M.js";
import "./chunks/6YOH7ZYT.js";
import "./chunks/P342S6HK.js";
import "./chunks/X7IMEYCG.js";
import "./chunks/U3ZMJKXF.js";
import "./chunks/UCZVKVA2.js";
import "./chunks/O66F2BMG.js";
import "./chunks/NPPOOY2A.js";
import "./chunks/2CKBHHVE.js";
import "./chunks/Q5ZANKLP.js";
import "./chunks/MXXQTWTR.js";
import "./chunks/PD3TLDRL.js";
import "./chunks/LMRDYWEO.js";
import "./chunks/HZYCQIVJ.js";
import "./chunks/LEYJY2UQ.js";
import "./chunks/O45MEQWR.js";
import "./chunks/XBNRIXL3.js";
import "./chunks/DCHQNVR6.js";
import "./chunks/YH2OW4S2.js";
import "./chunks/LMRHD2SD.js";
import "./chunks/UYEE65SK.js";
import "./chunks/H6E5BKS7.js";
import "./chunks/KWZAKUH2.js";
import "./chunks/B7C32CAA.js";
import "./chunks/4NSXF6I5.js";
import "./chunks/NCLVEJ6A.js";
import "./chunks/EGFNSXRN.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/WGF2JROM.js";
import "./chunks/UL4TIPA2.js";
import {
  linkedPages,
  makeContext
} from "./chunks/L5VFC5NN.js";
import {
  readLadderFile
} from "./chunks/IE4CJFMB.js";
import "./chunks/PTDX7VIC.js";
import {
  loadConfig
} from "./chunks/5UQ7UVMO.js";
import "./chunks/DGFCTSDI.js";
import "./chunks/MZBOFNUY.js";
import "./chunks/J5HZSZD5.js";
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
