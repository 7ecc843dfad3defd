import type { SectionSpec } from '../config/types.ts';
import type { Section } from '../model/ladder-page.ts';
/** How a template section is written: `## 🦉 Domain Expertise`. */
export declare function headingFor(spec: SectionSpec, section?: Section): string;
/** How a page's section is written, for quoting it back. */
export declare function headingOf(section: Section): string;
/** The last part of a page path, as messages name the other pages of a track. */
export declare function fileName(path: string): string;
/**
 * What a rule may add to one finding (a VFileMessage, or a cross-page rule's report options)
 * beyond remark-lint's fields; the engine honours them.
 */
export interface FindingExtras {
    /**
     * This finding is at most a warning, whatever the rule's severity: for findings the rule is
     * less sure of than its others, such as an unknown word that looks like a name.
     */
    warning?: boolean;
    /** The detail the message leaves out (counts, first uses), for `--format json`. */
    data?: Record<string, unknown>;
}
/** Adds `extras` to a finding a page rule made with `file.message`. */
export declare function withExtras<Message extends object>(message: Message, extras: FindingExtras): Message;
