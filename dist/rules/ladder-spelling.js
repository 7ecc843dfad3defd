#!/usr/bin/env node
import {
  ladder_spelling_default,
  prepare
} from "../chunks/6YWCXBSI.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/5WV7ZV75.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/WGF2JROM.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_spelling_default as default,
  prepare
};
