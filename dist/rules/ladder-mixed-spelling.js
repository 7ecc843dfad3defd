#!/usr/bin/env node
import {
  clearMajority,
  ladder_mixed_spelling_default
} from "../chunks/LEYJY2UQ.js";
import "../chunks/O45MEQWR.js";
import "../chunks/KWZAKUH2.js";
import "../chunks/WGF2JROM.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  clearMajority,
  ladder_mixed_spelling_default as default
};
