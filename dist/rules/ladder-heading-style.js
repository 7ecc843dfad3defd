#!/usr/bin/env node
import {
  ladder_heading_style_default
} from "../chunks/N47473IK.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_heading_style_default as default
};
