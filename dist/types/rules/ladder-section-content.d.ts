declare const ladderSectionContent: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderSectionContent;
