import type { Page } from '@playwright/test';

/** Wait until the map has loaded the incidents and drawn a complete frame. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__atlasMap;
    return !!map?.getLayer('incidents') && map.loaded() && map.areTilesLoaded();
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlasMap!;
        if (!map.isMoving() && map.loaded()) map.once('idle', () => resolve());
        else map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Ids and screen positions of the incidents the map has drawn. */
export async function renderedIncidents(
  page: Page,
): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const seen = new Map<string, { id: string; x: number; y: number }>();
    for (const f of map.queryRenderedFeatures({ layers: ['incidents'] })) {
      const id = String(f.properties.id);
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      const p = map.project([lon, lat]);
      seen.set(id, { id, x: p.x, y: p.y });
    }
    return [...seen.values()];
  });
}

/** How many incidents the map draws: single markers plus the incidents inside clusters. */
export async function drawnIncidentCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const single = new Set(
      map.queryRenderedFeatures({ layers: ['incidents'] }).map((f) => String(f.properties.id)),
    );
    const clusters = new Map<number, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['incident-clusters'] }))
      clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
    return single.size + [...clusters.values()].reduce((a, b) => a + b, 0);
  });
}

/** Ids of every incident the map draws: single markers and the incidents inside clusters. */
export async function drawnIncidentIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = window.__atlasMap!;
    const ids = new Set(
      map.queryRenderedFeatures({ layers: ['incidents'] }).map((f) => String(f.properties.id)),
    );
    const source = map.getSource('incidents') as import('maplibre-gl').GeoJSONSource;
    const clusters = new Map<number, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['incident-clusters'] }))
      clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
    try {
      for (const [id, count] of clusters)
        for (const leaf of await source.getClusterLeaves(id, count, 0))
          ids.add(String(leaf.properties?.id));
    } catch {
      // The source changed between drawing and asking (a cluster id went stale): report that,
      // so that a polling caller asks again once the map has settled.
      return ['(map still updating)'];
    }
    return [...ids].sort();
  });
}
