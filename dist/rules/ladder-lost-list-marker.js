import {
  ladder_lost_list_marker_default
} from "../chunks/rules-PVCUVDLA.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-FYE4URFX.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_lost_list_marker_default as default
};
