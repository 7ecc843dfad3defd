import {
  ladder_placeholder_default,
  placeholdersShown
} from "../chunks/rules-WDOULYI7.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_placeholder_default as default,
  placeholdersShown
};
