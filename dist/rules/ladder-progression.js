import {
  ladder_progression_default
} from "../chunks/rules-WZUEJGBU.js";
import "../chunks/rules-PES74AM2.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_progression_default as default
};
