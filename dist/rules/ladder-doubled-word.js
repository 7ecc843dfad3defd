import {
  defaultAllowedDoubles,
  ladder_doubled_word_default
} from "../chunks/rules-4F7DDDQF.js";
import "../chunks/rules-3O4NHLII.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_doubled_word_default as default,
  defaultAllowedDoubles
};
