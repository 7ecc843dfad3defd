#!/usr/bin/env node
import {
  ladder_track_index_default
} from "../chunks/VR7PU7YJ.js";
import "../chunks/H6E5BKS7.js";
import "../chunks/AUYJIZVL.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_track_index_default as default
};
