import {
  ladder_mojibake_default
} from "../chunks/rules-5T6TSFK2.js";
import "../chunks/rules-3O4NHLII.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_mojibake_default as default
};
