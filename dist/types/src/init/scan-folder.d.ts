import type { Root } from 'mdast';
import { VFile } from 'vfile';
/** A page of the folder, read and parsed once for every question init asks of it. */
export interface ScannedFile {
    /** Relative to the folder, with forward slashes. */
    path: string;
    file: VFile;
    tree: Root;
}
export interface FolderScan {
    files: ScannedFile[];
    /** Pages that could not be read, each with the reason. */
    unreadable: Array<{
        path: string;
        problem: string;
    }>;
}
/**
 * The pages ladder-lint would check in `folder` with no configuration (its ignore files apply),
 * each parsed as the linter parses it.
 */
export declare function scanFolder(folder: string): Promise<FolderScan>;
