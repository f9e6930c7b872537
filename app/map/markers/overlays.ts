import { createContext, useContext } from 'react';
import type { ListRow } from '../../list/listRows';
import type { PickerState } from '../PlacePicker';

/** The tooltip over the map: an incident under the pointer (CSS px in the map) and how many more. */
export interface MapTip {
  row: ListRow;
  x: number;
  y: number;
  /** Other incidents under the pointer (drawn at the same spot): the tooltip says they are there. */
  others: number;
}

/** The place picker: the incidents at one place, listed where it was clicked (CSS px in the map). */
export type MapPick = PickerState;

/**
 * What <MapView> shows over the map on behalf of a child that draws incidents itself (the
 * markers canvas): the same tooltip and place picker as for its own incident layer. The map
 * component keeps owning them; the child only says what to show.
 */
export interface MapOverlays {
  showTip(tip: MapTip | null): void;
  openPicker(pick: MapPick | null): void;
}

export const MapOverlaysContext = createContext<MapOverlays | null>(null);

/** The map's overlays, for a child of <MapView>; null outside one. */
export function useMapOverlays(): MapOverlays | null {
  return useContext(MapOverlaysContext);
}
