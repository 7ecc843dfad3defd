#!/usr/bin/env node
import {
  ladder_section_content_default
} from "../chunks/SNUMBKS6.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/2UCCQMGD.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_section_content_default as default
};
