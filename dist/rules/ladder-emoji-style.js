import {
  ladder_emoji_style_default
} from "../chunks/rules-S7IM57DA.js";
import "../chunks/rules-3O4NHLII.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_emoji_style_default as default
};
