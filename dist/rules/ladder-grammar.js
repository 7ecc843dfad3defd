import {
  closedCompounds,
  ladder_grammar_default
} from "../chunks/rules-Q7YSWRJY.js";
import "../chunks/rules-2YQEMSZZ.js";
import "../chunks/rules-TZPQUP5U.js";
import "../chunks/rules-KJD4ZCKK.js";
export {
  closedCompounds,
  ladder_grammar_default as default
};
