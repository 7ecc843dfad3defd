#!/usr/bin/env node
import {
  ladder_emoji_style_default
} from "../chunks/7G3KYOTZ.js";
import "../chunks/7FMROGSS.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_emoji_style_default as default
};
