import type { Root } from 'mdast';
import type { VFile } from 'vfile';
export declare function parseMarkdown(file: VFile): Root;
