#!/usr/bin/env node
import {
  ladder_summary_default
} from "../chunks/QRPM5XV5.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_summary_default as default
};
