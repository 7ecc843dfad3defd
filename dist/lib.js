#!/usr/bin/env node
import {
  formatJson,
  formatStylish
} from "./chunks/NFBL4IA3.js";
import {
  allRules,
  pageRules,
  ruleMetas,
  ruleNames,
  trackRules
} from "./chunks/4IOQMJQ7.js";
import {
  lintFiles,
  lintTexts,
  maximumFixPasses,
  outputFixes
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
import {
  boundHeapForLargeRuns
} from "./chunks/KWZAKUH2.js";
import "./chunks/B7C32CAA.js";
import "./chunks/4NSXF6I5.js";
import "./chunks/NCLVEJ6A.js";
import "./chunks/EGFNSXRN.js";
import "./chunks/A7GFOY4H.js";
import "./chunks/WGF2JROM.js";
import "./chunks/UL4TIPA2.js";
import "./chunks/L5VFC5NN.js";
import "./chunks/IE4CJFMB.js";
import {
  parseMarkdown
} from "./chunks/PTDX7VIC.js";
import {
  buildLadderPage,
  configSchemaWithRules,
  defaultConfig,
  loadConfig,
  mergeConfig,
  validateConfig
} from "./chunks/5UQ7UVMO.js";
import {
  ConfigError
} from "./chunks/DGFCTSDI.js";
import "./chunks/MZBOFNUY.js";
import "./chunks/J5HZSZD5.js";
import "./chunks/IZPIUISF.js";
import "./chunks/A5WDNF5E.js";
import {
  definePageRule,
  defineTrackRule
} from "./chunks/SLYHWU2C.js";

// src/index.ts
var configSchema = configSchemaWithRules(ruleMetas);
export {
  ConfigError,
  allRules,
  boundHeapForLargeRuns,
  buildLadderPage,
  configSchema,
  configSchemaWithRules,
  defaultConfig,
  definePageRule,
  defineTrackRule,
  formatJson,
  formatStylish,
  lintFiles,
  lintTexts,
  loadConfig,
  maximumFixPasses,
  mergeConfig,
  outputFixes,
  pageRules,
  parseMarkdown,
  ruleMetas,
  ruleNames,
  trackRules,
  validateConfig
};
