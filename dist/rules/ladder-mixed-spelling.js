#!/usr/bin/env node
import {
  clearMajority,
  ladder_mixed_spelling_default
} from "../chunks/DP4ZTQYM.js";
import "../chunks/IF2JFNTU.js";
import "../chunks/T4ICD26B.js";
import "../chunks/7FMROGSS.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  clearMajority,
  ladder_mixed_spelling_default as default
};
