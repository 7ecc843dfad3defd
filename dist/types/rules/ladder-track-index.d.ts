import type { TrackRule } from '../src/track-rule.ts';
declare const ladderTrackIndex: TrackRule;
export default ladderTrackIndex;
