import type { Nodes, Parents } from 'mdast';
/**
 * A Markdown tree walker with the part of unist-util-visit's API that ladder-lint uses: every node
 * in document order (a node before its children), or only the nodes of the given type(s), each
 * with its index in its parent and the parent. unist-util-visit builds a closure, names it and
 * copies the list of ancestors for every node it passes; a page is walked by many rules, and that
 * was a large share of the time spent on a page. This walk allocates nothing per node.
 *
 * As with unist-util-visit, a visitor may change a node's fields, and the children of a node are
 * read after its visitor has run; there is no SKIP or EXIT, as no caller needs one.
 */
export type Visitor<N extends Nodes> = (node: N, index: number | undefined, parent: Parents | undefined) => void;
type NodeOfType<T extends Nodes['type']> = Extract<Nodes, {
    type: T;
}>;
export declare function visit(tree: Nodes, visitor: Visitor<Nodes>): void;
export declare function visit<T extends Nodes['type']>(tree: Nodes, type: T | readonly T[], visitor: Visitor<NodeOfType<T>>): void;
export {};
