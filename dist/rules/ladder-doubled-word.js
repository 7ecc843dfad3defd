#!/usr/bin/env node
import {
  defaultAllowedDoubles,
  ladder_doubled_word_default
} from "../chunks/VP6F6C2J.js";
import "../chunks/A7GFOY4H.js";
import "../chunks/7FMROGSS.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_doubled_word_default as default,
  defaultAllowedDoubles
};
