import { useT } from '../i18n/useT';
import { useMediaQuery } from '../shell/useMediaQuery';
import { useAtlas } from '../store/store';

/**
 * What to do while an area is drawn, with Finish (polygon) and Cancel: over the top of the map,
 * not in the page's flow, so the map neither moves down when drawing starts nor jumps back under
 * the shape when it ends; and in sight on a phone with the filters folded away.
 */
export function DrawHint() {
  const t = useT();
  const drawMode = useAtlas((s) => s.drawMode);
  const setDrawMode = useAtlas((s) => s.setDrawMode);
  // A touch screen has no double-click and no Esc key: its hints say what a finger does.
  const touch = useMediaQuery('(pointer: coarse)');
  const hints = {
    polygon: touch ? t.drawHintPolygonTouch : t.drawHintPolygon,
    rectangle: touch ? t.drawHintRectangleTouch : t.drawHintRectangle,
    region: touch ? t.drawHintRegionTouch : t.drawHintRegion,
  };
  const hint = drawMode === 'none' ? null : hints[drawMode];
  if (!hint) return null;
  return (
    <div className="rt-hint draw-hint" role="status" data-testid="draw-hint">
      <span>{hint}</span>
      {drawMode === 'polygon' ? (
        <button
          type="button"
          onClick={() => window.dispatchEvent(new Event('research:finish-drawing'))}
        >
          {t.finishDrawing}
        </button>
      ) : null}
      <button type="button" onClick={() => setDrawMode('none')}>
        {t.cancelDrawing}
      </button>
    </div>
  );
}
