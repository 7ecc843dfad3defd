import {
  ladder_metadata_default
} from "../chunks/rules-OGTKPDRG.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-FYE4URFX.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_metadata_default as default
};
