#!/usr/bin/env node
import {
  clearMajority,
  ladder_mixed_spelling_default
} from "../chunks/7S6EPG4P.js";
import "../chunks/E5O7FWOW.js";
import "../chunks/WGF2JROM.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  clearMajority,
  ladder_mixed_spelling_default as default
};
