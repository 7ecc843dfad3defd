#!/usr/bin/env node
import {
  ladder_level_order_default
} from "../chunks/S6EFWGKK.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_level_order_default as default
};
