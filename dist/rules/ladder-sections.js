#!/usr/bin/env node
import {
  ladder_sections_default
} from "../chunks/BDR6INIF.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_sections_default as default
};
