#!/usr/bin/env node
import {
  processorFor
} from "./chunks/5KDUD4W2.js";
import {
  ruleMetas,
  trackRules
} from "./chunks/53V6GGLM.js";
import {
  settingsFor
} from "./chunks/H5UMH2NY.js";
import "./chunks/SQ4IMF4M.js";
import "./chunks/NMCSVTAH.js";
import "./chunks/PP5FXPYI.js";
import "./chunks/NPTU4HS4.js";
import "./chunks/UU3DWEIK.js";
import "./chunks/X3RITHWQ.js";
import "./chunks/SSUQMKM3.js";
import "./chunks/LAUVASFZ.js";
import "./chunks/VR7PU7YJ.js";
import "./chunks/X4WOZMLI.js";
import "./chunks/OOO46XDC.js";
import "./chunks/KYFDE7LZ.js";
import "./chunks/KHQMGGNM.js";
import "./chunks/55ERGURO.js";
import "./chunks/J7TCXIIW.js";
import "./chunks/I74RKO3P.js";
import "./chunks/BLERVJZK.js";
import "./chunks/X5W37ZMA.js";
import "./chunks/YH2OW4S2.js";
import "./chunks/LMRHD2SD.js";
import "./chunks/UYEE65SK.js";
import "./chunks/H6E5BKS7.js";
import "./chunks/COKCPPUW.js";
import "./chunks/IDNTEQXR.js";
import "./chunks/U26YHJVL.js";
import "./chunks/T3RA43Z4.js";
import "./chunks/ED2HRF6I.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/PCFQXBNT.js";
import "./chunks/HCNHHRO7.js";
import {
  linkedPages,
  makeContext
} from "./chunks/GGEGQVZU.js";
import {
  readLadderFile
} from "./chunks/D5SU6RVC.js";
import "./chunks/RD777UAU.js";
import {
  loadConfig
} from "./chunks/4CY6Z5UJ.js";
import "./chunks/DGFCTSDI.js";
import "./chunks/D4EKRLWE.js";
import "./chunks/J5HZSZD5.js";
import "./chunks/AUYJIZVL.js";
import "./chunks/IZPIUISF.js";
import "./chunks/UI456VJZ.js";
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
