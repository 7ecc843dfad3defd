#!/usr/bin/env node
import {
  defaultAllowedDoubles,
  ladder_doubled_word_default
} from "../chunks/B7C32CAA.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/WGF2JROM.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_doubled_word_default as default,
  defaultAllowedDoubles
};
