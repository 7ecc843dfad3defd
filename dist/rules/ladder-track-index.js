import {
  ladder_track_index_default
} from "../chunks/rules-ZHS6C3KZ.js";
import "../chunks/rules-PES74AM2.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_track_index_default as default
};
