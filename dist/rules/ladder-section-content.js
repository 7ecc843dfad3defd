#!/usr/bin/env node
import {
  ladder_section_content_default
} from "../chunks/75DJPNZF.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/5WINBEJM.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_section_content_default as default
};
