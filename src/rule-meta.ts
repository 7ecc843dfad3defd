/** Where each rule's docs page lives, for messages, SARIF and the JSON Schema. */
export const docsBase = 'https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/';

export function ruleMeta(name: string): { origin: string; url: string } {
  return { origin: `ladder-lint:${name}`, url: `${docsBase}${name}.md` };
}
