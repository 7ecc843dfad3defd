/**
 * ladder-links: every relative link points to a file that exists and every `#anchor` to a heading,
 * on the page itself or on the page the link goes to. File and same-page checks are
 * remark-validate-links' (offline, no git remote needed); anchors in other pages are checked here
 * against the pages of the run, because its API checks them only under remark's own CLI. The rule
 * words every finding for the person fixing the page. Docs: docs/rules/ladder-links.md.
 */
import { dirname, resolve } from 'node:path';
import type { Definition, Image, Link } from 'mdast';
import remarkValidateLinks from 'remark-validate-links';
import { unified } from 'unified';
import { VFile as VirtualFile } from 'vfile';
import { visit } from '../src/model/walk.ts';
import { attachSuggestions, type Suggestion } from '../src/findings/fix.ts';
import { pageAnchors } from '../src/model/anchors.ts';
import { ladderContext } from '../src/rule-api/context.ts';
import { closestMatches } from '../src/text/closest.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

// Without a repository, links with a scheme (https:, mailto:) are left alone, as they should be offline.
const validator = unified().use(remarkValidateLinks, { repository: false });

interface RelativeTarget {
  /** The target file, absolute; the page itself for `#anchor` links. */
  path: string;
  anchor: string;
}

/** Where a relative link goes; undefined for URLs with a scheme, site-absolute paths and bare `#`. */
function relativeTarget(url: string, pagePath: string): RelativeTarget | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('?')) return undefined;
  const [pathPart = '', anchorPart = ''] = url.split('#', 2);
  const path = safeDecode(pathPart.split('?')[0] ?? '');
  return { path: path ? resolve(dirname(pagePath), path) : pagePath, anchor: safeDecode(anchorPart) };
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Each anchor a link may have meant, as a suggestion: a person picks one, so never a fix. Each
 * replaces the anchor in the link's destination when it is written there once, as in its URL.
 */
function anchorSuggestions(
  source: string,
  link: Link | Image | Definition | undefined,
  prefix: string,
  anchors: readonly string[],
): Suggestion[] {
  const start = link?.position?.start.offset;
  const end = link?.position?.end.offset;
  const hash = link?.url.indexOf('#') ?? -1;
  const written = link && hash >= 0 ? link.url.slice(hash) : undefined;
  const text = start === undefined || end === undefined ? '' : source.slice(start, end);
  const at = written ? text.lastIndexOf(written) : -1;
  const once = written !== undefined && at >= 0 && text.indexOf(written) === at;
  return anchors.map((anchor) => ({
    desc: `Link to "${prefix}#${anchor}".`,
    ...(once && start !== undefined
      ? { fix: { range: [start + at, start + at + (written?.length ?? 0)], text: `#${anchor}` } }
      : {}),
  }));
}

function missingAnchorReason(url: string, where: string): string {
  return `This link goes to "${url}", but ${where} has no heading with that anchor. Link to one of its headings, or fix the anchor.`;
}

const ladderLinks = definePageRule(
  {
    id: 'ladder-links',
    description: 'Every relative link points to a file that exists, and every #anchor to a heading there.',
    defaultSeverity: 'error',
    scope: 'page',
  },
  async (tree, file) => {
    const { linkedPages } = ladderContext(tree, file);
    const pagePath = resolve(file.cwd, file.path);
    // Keyed by start position, which is how remark-validate-links places its messages.
    const links = new Map<string, Link | Image | Definition>();
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position)
        links.set(`${node.position.start.line}:${node.position.start.column}`, node);
    });

    // remark-validate-links reports on the file it is given; a scratch copy keeps its raw messages
    // out of the page's findings, which this rule rewrites. It decodes every path it resolves as a
    // URI, the page's own included: a `%` in the page's path is written `%25` for it, and a URL it
    // could not decode ("50%zz.md", "%E9") is given with each `%` as `%25`, meaning the `%` itself.
    const scratch = new VirtualFile({ path: pagePath.replaceAll('%', '%25'), value: file.value });
    const undecodable = new Map<{ url: string }, string>();
    visit(tree, (node) => {
      if ('url' in node && typeof node.url === 'string' && !decodes(node.url)) {
        undecodable.set(node, node.url);
        node.url = node.url.replaceAll('%', '%25');
      }
    });
    try {
      await validator.run(tree, scratch);
    } finally {
      for (const [node, url] of undecodable) node.url = url;
    }
    const missingFiles = new Set<string>();
    for (const found of scratch.messages) {
      const place = found.place && 'start' in found.place ? found.place : undefined;
      const link = place ? links.get(`${place.start.line}:${place.start.column}`) : undefined;
      const url = link ? safeDecode(link.url) : '';
      const target = link ? relativeTarget(link.url, pagePath) : undefined;
      if (found.ruleId === 'missing-heading') {
        const message = file.message(missingAnchorReason(url, 'the page'), {
          place: place ?? { line: 1, column: 1 },
        });
        if (target) {
          const anchors = closestMatches(target.anchor, pageAnchors(tree));
          message.expected = anchors.map((anchor) => `#${anchor}`);
          attachSuggestions(message, anchorSuggestions(String(file.value), link, '', anchors));
        }
        continue;
      }
      if (target && linkedPages.inMemory(target.path)) continue;
      if (target) missingFiles.add(target.path);
      file.message(
        `This link goes to "${url.split('#')[0]}", which does not exist. Fix the path or remove the link.`,
        { place: place ?? { line: 1, column: 1 } },
      );
    }

    // With a `%` in the page's path, remark-validate-links cannot tell its `#anchor` links are to
    // the page itself, and leaves them unchecked: they are checked here, as it would.
    const ownAnchors = pagePath.includes('%') ? pageAnchors(tree) : undefined;
    for (const link of links.values()) {
      const target = relativeTarget(link.url, pagePath);
      if (ownAnchors && target?.anchor && target.path === pagePath) {
        if (ownAnchors.has(target.anchor.toLowerCase())) continue;
        const message = file.message(missingAnchorReason(safeDecode(link.url), 'the page'), {
          place: link.position ?? { line: 1, column: 1 },
        });
        message.expected = closestMatches(target.anchor, ownAnchors).map((anchor) => `#${anchor}`);
        continue;
      }
      if (!target?.anchor || target.path === pagePath || missingFiles.has(target.path)) continue;
      const anchors = await linkedPages.anchorsOf(target.path);
      if (!anchors || anchors.has(target.anchor)) continue;
      const url = safeDecode(link.url);
      const pathPart = url.split('#')[0] ?? '';
      const fileName = pathPart.split('/').pop() || pathPart;
      const message = file.message(missingAnchorReason(url, fileName), {
        place: link.position ?? { line: 1, column: 1 },
      });
      const closest = closestMatches(target.anchor, anchors);
      message.expected = closest.map((anchor) => `${pathPart}#${anchor}`);
      attachSuggestions(message, anchorSuggestions(String(file.value), link, pathPart, closest));
    }
  },
);

export default ladderLinks;
