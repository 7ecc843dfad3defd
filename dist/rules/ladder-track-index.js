import {
  ladder_track_index_default
} from "../chunks/rules-N7ZIJINO.js";
import "../chunks/rules-5ESO3VDY.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_track_index_default as default
};
