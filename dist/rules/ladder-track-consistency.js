#!/usr/bin/env node
import {
  ladder_track_consistency_default
} from "../chunks/2DJ26Y4G.js";
import "../chunks/3ZNROPLK.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_track_consistency_default as default
};
