import type { IncidentType } from '../model';
import { TYPE_COLOURS } from './incidentLayers';
import { svgPath, TYPE_SHAPES } from './shapes';

interface Props {
  type: IncidentType;
  /** Approximate place: drawn hollow, as on the map. */
  hollow?: boolean;
  size?: number;
}

/** The map's marker for a type, as inline SVG (legend, list, panel). Decorative: text says the type. */
export function IncidentIcon({ type, hollow = false, size = 16 }: Props) {
  const colour = TYPE_COLOURS[type] ?? TYPE_COLOURS.other;
  const d = svgPath(TYPE_SHAPES[type] ?? TYPE_SHAPES.other, size, size * 0.12);
  return (
    <svg
      className="incident-icon"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={d}
        fill={hollow ? '#ffffff' : colour}
        stroke={hollow ? colour : '#ffffff'}
        strokeWidth={hollow ? size * 0.14 : size * 0.08}
        strokeLinejoin="round"
      />
    </svg>
  );
}
