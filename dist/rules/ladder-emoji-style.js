#!/usr/bin/env node
import {
  ladder_emoji_style_default
} from "../chunks/4NSXF6I5.js";
import "../chunks/WGF2JROM.js";
import "../chunks/IZPIUISF.js";
import "../chunks/A5WDNF5E.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_emoji_style_default as default
};
