import type { Root } from 'mdast';
/**
 * The `#anchors` GitHub gives a page: one per heading, slugged as GitHub does (repeated headings
 * get `-1`, `-2`), plus `id` and `name` attributes of HTML anchors such as `<a name="scope">`.
 */
export declare function pageAnchors(tree: Root): ReadonlySet<string>;
