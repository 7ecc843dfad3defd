#!/usr/bin/env node
import {
  ladder_sections_default
} from "../chunks/DHBN4HKN.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/HWDYK7WP.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_sections_default as default
};
