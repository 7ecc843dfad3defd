#!/usr/bin/env node
import {
  ladder_summary_default
} from "../chunks/BYCGH2XN.js";
import "../chunks/5WINBEJM.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_summary_default as default
};
