#!/usr/bin/env node
import {
  ladder_lost_list_marker_default
} from "../chunks/MCEJY7JR.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_lost_list_marker_default as default
};
