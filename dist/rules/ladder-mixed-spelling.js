import {
  clearMajority,
  ladder_mixed_spelling_default
} from "../chunks/rules-FA2X5W5W.js";
import "../chunks/rules-CVZRXT37.js";
import "../chunks/rules-2YQEMSZZ.js";
import "../chunks/rules-G42G2N72.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  clearMajority,
  ladder_mixed_spelling_default as default
};
