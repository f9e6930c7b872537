import { useEffect, useMemo, useState } from 'react';
import { useFiltered, useVisibleIncidents } from '../derive/useVisibleIncidents';
import { useT } from '../i18n/useT';
import { orderedFeatures } from '../list/listOrder';
import { loadChunks } from '../load/loadChunk';
import { ensureDetails } from '../load/loadColumns';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { download, toCsv, toGeoJson } from './exportData';
import { exportFileName } from './exportName';
import { exportPlan } from './exportPlan';

export type ExportKind = 'csv' | 'geojson';

/** Resolves once the next frame has been painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

type Writing = { kind: ExportKind; count: number } | null;

/**
 * Say what is being written, let that be painted, then write: the page is busy for as long as
 * it takes (about 1.4 s for a CSV of 100k incidents here), and a reader must see why.
 */
async function writeShown(
  kind: ExportKind,
  incidents: IncidentFeature[],
  show: (w: Writing) => void,
): Promise<void> {
  show({ kind, count: incidents.length });
  try {
    await afterPaint();
    write(kind, incidents);
  } finally {
    show(null);
  }
}

/**
 * Write `incidents` as a download of `kind`, named after its days and count (exportName.ts), in
 * the list's order: an export reads as the list the reader sorted (the deadliest first, say).
 */
function write(kind: ExportKind, shown: IncidentFeature[]): void {
  const { data, filters, listOrder } = useAtlas.getState();
  if (data.status !== 'ready') return;
  const incidents = orderedFeatures(shown, listOrder);
  const name = (ext: string) => exportFileName(incidents, filters, ext);
  if (kind === 'csv')
    download(toCsv(incidents, data.data.articles), name('csv'), 'text/csv;charset=utf-8');
  else download(toGeoJson(incidents, data.data.articles), name('geojson'), 'application/geo+json');
}

/**
 * The export of what is filtered, exactly that: what it takes (app/export/exportPlan.ts), why it
 * cannot be had (`blocked`), the details chunks it is loading (`exporting`), what went wrong
 * (`error`), and `exportAs`, which loads what is missing and then downloads.
 */
export function useExport() {
  const t = useT();
  const data = useAtlas((s) => s.data);
  const filtered = useFiltered();
  const { visible } = useVisibleIncidents();
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** An export asked for while the details load whole: it runs once they are in. */
  const [waiting, setWaiting] = useState<ExportKind | null>(null);
  /** The file being written, with its size: a large export holds the page a second or two. */
  const [writing, setWriting] = useState<Writing>(null);
  const columns = data.status === 'ready' ? data.data.columns : undefined;
  const detailsReady = !columns || columns.details === 'ready';
  const chunkSize = columns?.columns.detailChunk ?? 0;
  // Memoised: the buttons ask on every render, the plan changes with the filter result only.
  const plan = useMemo(
    () =>
      filtered
        ? exportPlan({
            detailsReady,
            total: filtered.index.n,
            chunkSize,
            positions: filtered.result.positions,
            count: filtered.result.count,
          })
        : null,
    [filtered, detailsReady, chunkSize],
  );
  const blocked =
    plan?.kind === 'too-large'
      ? plan.chunks > 0
        ? t.exportNarrow(plan.chunks)
        : t.exportTooLarge(filtered?.index.n ?? 0)
      : null;

  const detailsFailed = columns?.details === 'error';
  useEffect(() => {
    if (!waiting) return;
    if (detailsReady) {
      setWaiting(null);
      void writeShown(waiting, visible, setWriting);
    } else if (detailsFailed) {
      setWaiting(null);
      setError(t.exportFailed(t.detailsFailed));
    }
  }, [waiting, detailsReady, detailsFailed, visible, t]);

  const exportAs = async (kind: ExportKind) => {
    if (!plan || !filtered || exporting || waiting || writing) return;
    if (blocked) return setError(blocked);
    setError(null);
    if (plan.kind === 'now') return writeShown(kind, visible, setWriting);
    // scale: the export needs the details; load them whole first, then export.
    if (plan.kind === 'load-all') {
      setWaiting(kind);
      return ensureDetails();
    }
    if (plan.kind !== 'chunks' || !columns) return;
    // scale: only the chunks holding the selection, then its features in column order.
    const total = plan.chunks.length;
    setExporting({ done: 0, total });
    try {
      await loadChunks(columns.columns, plan.chunks, (done) => setExporting({ done, total }));
      const now = useAtlas.getState().data;
      const byId = now.status === 'ready' ? now.data.columns?.partial?.byId : undefined;
      const { positions, count } = filtered.result;
      const incidents: IncidentFeature[] = [];
      for (let i = 0; i < count; i++) {
        const f = byId?.get(columns.columns.idAt(positions[i]!));
        if (f) incidents.push(f);
      }
      if (incidents.length < count)
        throw new Error(`${count - incidents.length} of the selected incidents have no details`);
      setExporting(null);
      await writeShown(kind, incidents, setWriting);
    } catch (e) {
      setError(t.exportFailed((e as Error).message));
    } finally {
      setExporting(null);
    }
  };

  return {
    exportAs,
    blocked,
    /** Chunks loaded of those needed, or null; `waiting` while the details load whole. */
    exporting,
    /** The file being written now, and how many incidents it holds. */
    writing,
    waiting: waiting !== null,
    error,
    dismiss: () => setError(null),
  };
}
