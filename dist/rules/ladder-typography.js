#!/usr/bin/env node
import {
  ladder_typography_default
} from "../chunks/LJGNTAOS.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/7FMROGSS.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_typography_default as default
};
