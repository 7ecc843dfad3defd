import {
  ladder_mixed_spelling_default
} from "../chunks/rules-VGSMJIS4.js";
import "../chunks/rules-CVZRXT37.js";
import "../chunks/rules-3O4NHLII.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_mixed_spelling_default as default
};
