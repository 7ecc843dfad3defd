#!/usr/bin/env node
import {
  ladder_track_consistency_default
} from "../chunks/LAUVASFZ.js";
import "../chunks/D4EKRLWE.js";
import "../chunks/J5HZSZD5.js";
import "../chunks/SLYHWU2C.js";
export {
  ladder_track_consistency_default as default
};
