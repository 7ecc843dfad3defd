import {
  ladder_spelling_default,
  prepare
} from "../chunks/rules-XDZMIHPH.js";
import "../chunks/rules-CVZRXT37.js";
import "../chunks/rules-3O4NHLII.js";
import "../chunks/rules-TXU7IIGG.js";
import "../chunks/rules-FYE4URFX.js";
import "../chunks/rules-OAYSFFCN.js";
import "../chunks/rules-KEQ5N6UA.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  ladder_spelling_default as default,
  prepare
};
