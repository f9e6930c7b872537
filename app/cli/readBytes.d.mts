/** See readBytes.mjs: one input file's bytes, or why they were not read. */
export type RawRead = { bytes: Uint8Array } | { tooLarge: number } | { unreadable: string };
export function readBytes(path: string, max: number, own?: boolean): RawRead;
