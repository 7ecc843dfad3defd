declare const ladderTrackIndex: import("../src/rule-api/define-rule.ts").TrackRule<Record<string, unknown>>;
export default ladderTrackIndex;
