import {
  ladder_progression_default
} from "../chunks/rules-AWFQZ53C.js";
import "../chunks/rules-5ESO3VDY.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_progression_default as default
};
