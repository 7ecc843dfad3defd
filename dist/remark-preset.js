#!/usr/bin/env node
import {
  processorFor
} from "./chunks/SEIOF2PD.js";
import {
  ruleMetas,
  trackRules
} from "./chunks/QNKQNSI4.js";
import {
  settingsFor
} from "./chunks/P4ER3FZK.js";
import "./chunks/SQ4IMF4M.js";
import "./chunks/EU5P5CB3.js";
import "./chunks/NXW2LJZ5.js";
import "./chunks/IH3G6VEW.js";
import "./chunks/47PKI5MN.js";
import "./chunks/3G2WA5JC.js";
import "./chunks/HUEIM5AC.js";
import "./chunks/LAUVASFZ.js";
import "./chunks/VR7PU7YJ.js";
import "./chunks/LJGNTAOS.js";
import "./chunks/MBVAVT7Z.js";
import "./chunks/JU36GQLZ.js";
import "./chunks/PW4ET5GZ.js";
import "./chunks/JWIEOBRF.js";
import "./chunks/HMETGTCV.js";
import "./chunks/I74RKO3P.js";
import "./chunks/POP3X4G4.js";
import "./chunks/X5W37ZMA.js";
import "./chunks/YH2OW4S2.js";
import "./chunks/LMRHD2SD.js";
import "./chunks/UYEE65SK.js";
import "./chunks/H6E5BKS7.js";
import "./chunks/COKCPPUW.js";
import "./chunks/VP6F6C2J.js";
import "./chunks/7G3KYOTZ.js";
import "./chunks/PEM3SHG4.js";
import "./chunks/NWTKP2JC.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/7FMROGSS.js";
import "./chunks/EJRT7XGC.js";
import {
  linkedPages,
  makeContext
} from "./chunks/BQAIOIZB.js";
import {
  readLadderFile
} from "./chunks/GRHO45ZH.js";
import "./chunks/VCG2XSP4.js";
import {
  loadConfig
} from "./chunks/NZQXDKKC.js";
import "./chunks/DGFCTSDI.js";
import "./chunks/D4EKRLWE.js";
import "./chunks/J5HZSZD5.js";
import "./chunks/AUYJIZVL.js";
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
