#!/usr/bin/env node
import {
  ladder_summary_default
} from "../chunks/6T6TJL7W.js";
import "../chunks/HWDYK7WP.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_summary_default as default
};
