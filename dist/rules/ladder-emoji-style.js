#!/usr/bin/env node
import {
  ladder_emoji_style_default
} from "../chunks/U26YHJVL.js";
import "../chunks/PCFQXBNT.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/IZPIUISF.js";
import "../chunks/UI456VJZ.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_emoji_style_default as default
};
