#!/usr/bin/env node
import {
  boundHeapForLargeRuns,
  formatJson,
  formatStylish
} from "./chunks/IJUTNDUJ.js";
import {
  allRules,
  lintFiles,
  lintTexts,
  maximumFixPasses,
  outputFixes,
  pageRules,
  ruleMetas,
  ruleNames,
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
  ConfigError,
  buildLadderPage,
  configSchemaWithRules,
  defaultConfig,
  loadConfig,
  mergeConfig,
  parseMarkdown,
  validateConfig
} from "./chunks/HWDYK7WP.js";
import "./chunks/3ZNROPLK.js";
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
