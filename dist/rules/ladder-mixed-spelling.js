#!/usr/bin/env node
import {
  clearMajority,
  ladder_mixed_spelling_default
} from "../chunks/HMETGTCV.js";
import "../chunks/I74RKO3P.js";
import "../chunks/COKCPPUW.js";
import "../chunks/7FMROGSS.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  clearMajority,
  ladder_mixed_spelling_default as default
};
