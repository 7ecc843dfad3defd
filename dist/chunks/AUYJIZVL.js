#!/usr/bin/env node

// src/model/walk.ts
function visit(tree, typeOrVisitor, maybeVisitor) {
  const visitor = typeof typeOrVisitor === "function" ? typeOrVisitor : maybeVisitor;
  if (!visitor) throw new TypeError("visit() needs a visitor");
  if (typeof typeOrVisitor === "function") walkAll(tree, void 0, void 0, visitor);
  else if (typeof typeOrVisitor === "string") walkType(tree, void 0, void 0, typeOrVisitor, visitor);
  else walkTypes(tree, void 0, void 0, typeOrVisitor, visitor);
}
function walkAll(node, index, parent, visitor) {
  visitor(node, index, parent);
  if (!("children" in node)) return;
  const { children } = node;
  for (let child = 0; child < children.length; child++) walkAll(children[child], child, node, visitor);
}
function walkType(node, index, parent, type, visitor) {
  if (node.type === type) visitor(node, index, parent);
  if (!("children" in node)) return;
  const { children } = node;
  for (let child = 0; child < children.length; child++)
    walkType(children[child], child, node, type, visitor);
}
function walkTypes(node, index, parent, types, visitor) {
  if (types.includes(node.type)) visitor(node, index, parent);
  if (!("children" in node)) return;
  const { children } = node;
  for (let child = 0; child < children.length; child++)
    walkTypes(children[child], child, node, types, visitor);
}

export {
  visit
};
