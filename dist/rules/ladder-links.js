#!/usr/bin/env node
import {
  ladder_links_default
} from "../chunks/KLTEM3CE.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_links_default as default
};
