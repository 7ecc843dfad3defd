/**
 * Repairs text whose UTF-8 bytes were once decoded with a legacy single-byte code page,
 * such as `ü¶â` (Mac OS Roman) for `🦉` or `â€™` (Windows-1252) for `’`.
 */
export type LegacyEncoding = 'macintosh' | 'windows-1252' | 'latin1';
export declare const legacyEncodings: readonly LegacyEncoding[];
/**
 * Re-encodes `text` with `encoding` and decodes the bytes as UTF-8.
 * Returns undefined when that is impossible or changes nothing.
 */
export declare function repairWith(text: string, encoding: LegacyEncoding, leadByte?: number): string | undefined;
export interface Repair {
    encoding: LegacyEncoding;
    repaired: string;
}
/** The first code page under which `text` turns back into valid UTF-8 with fewer characters. */
export declare function repairMojibake(text: string): Repair | undefined;
export interface MojibakeMatch {
    index: number;
    text: string;
    repair: Repair;
}
/** Finds every stretch of `text` that is mis-decoded UTF-8 and says what it should read. */
export declare function findMojibake(text: string): MojibakeMatch[];
