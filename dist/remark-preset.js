#!/usr/bin/env node
import {
  processorFor,
  ruleMetas,
  settingsFor,
  trackFor,
  trackRules
} from "./chunks/5NCYD3UV.js";
import "./chunks/CJH7E5IS.js";
import "./chunks/DHBN4HKN.js";
import "./chunks/UV4R2OFI.js";
import "./chunks/6T6TJL7W.js";
import "./chunks/UAF35MRB.js";
import "./chunks/2DJ26Y4G.js";
import "./chunks/2CKBHHVE.js";
import "./chunks/46AUUIY4.js";
import "./chunks/YDAVO5HC.js";
import "./chunks/QA5AEAOQ.js";
import "./chunks/ZYVAJCO2.js";
import "./chunks/IZF7SLCT.js";
import "./chunks/PFMHXT3M.js";
import "./chunks/XBNRIXL3.js";
import "./chunks/DCHQNVR6.js";
import "./chunks/XQXRPLNE.js";
import "./chunks/H6E5BKS7.js";
import "./chunks/JCOGUZIN.js";
import "./chunks/B7C32CAA.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/4NSXF6I5.js";
import "./chunks/CYDXUIDN.js";
import "./chunks/4HJUTRIO.js";
import "./chunks/WGF2JROM.js";
import "./chunks/MYDF5H2K.js";
import {
  linkedPages,
  loadConfig,
  makeContext,
  readLadderFile
} from "./chunks/HWDYK7WP.js";
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
    for (const page of pages) page.track = trackFor(page, absolutePath, cwd, config) ?? page.track;
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
