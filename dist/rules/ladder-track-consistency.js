import {
  ladder_track_consistency_default
} from "../chunks/rules-4N7IMQTD.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_track_consistency_default as default
};
