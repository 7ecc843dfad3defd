import {
  ladder_front_matter_default
} from "../chunks/rules-CKHC7KMZ.js";
import "../chunks/rules-FYE4URFX.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_front_matter_default as default
};
