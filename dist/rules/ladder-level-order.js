import {
  ladder_level_order_default
} from "../chunks/rules-X5QYISLK.js";
import "../chunks/rules-FYE4URFX.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_level_order_default as default
};
