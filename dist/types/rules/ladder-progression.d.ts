import type { TrackRule } from '../src/track-rule.ts';
declare const ladderProgression: TrackRule;
export default ladderProgression;
