/**
 * The files a reader picks or drops, as the ingest's `ReportBlob`s: named by their path inside a
 * dropped folder (`folder/sub/report.txt`), or by their name alone.
 */
import type { ReportBlob } from '../ingest/ingestBlobs';

/**
 * The paths made distinct: a second `a.txt` (two folders' files picked together) becomes
 * `a (2).txt`, keeping its extension so that it is still read. Sorted by path.
 *
 * @example uniquePaths([{ path: 'a.txt', blob }, { path: 'a.txt', blob }]).map((f) => f.path) // ['a (2).txt', 'a.txt']
 */
export function uniquePaths(files: readonly ReportBlob[]): ReportBlob[] {
  const taken = new Set<string>();
  const out: ReportBlob[] = [];
  for (const f of files) {
    let path = f.path;
    for (let n = 2; taken.has(path); n++) path = f.path.replace(/(\.[^./]*)?$/, ` (${n})$1`);
    taken.add(path);
    out.push(path === f.path ? f : { path, blob: f.blob });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Files chosen in a file input. */
export function filesFromInput(list: FileList | readonly File[]): ReportBlob[] {
  return uniquePaths(
    Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, blob: file })),
  );
}

/** Every file under a dropped folder, with its path from the folder's parent. */
async function walk(entry: FileSystemEntry, out: ReportBlob[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ path: entry.fullPath.replace(/^\//, ''), blob: file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a folder's entries in batches (a hundred at a time in Chromium) until empty.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}

/**
 * The files of a drop, folders walked. The drop's items are taken at once: a browser empties
 * them when the drop event ends.
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<ReportBlob[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(transfer.files));
  const out: ReportBlob[] = loose.map((file) => ({ path: file.name, blob: file }));
  for (const entry of entries) await walk(entry, out);
  return uniquePaths(out);
}
