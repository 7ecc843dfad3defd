#!/usr/bin/env node
import {
  ladder_front_matter_default
} from "../chunks/QGZBHIDC.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_front_matter_default as default
};
