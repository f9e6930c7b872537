/** Filters by date, type, actor, casualties, outlet, precision, area and text. (Placeholder.) */
export function FilterBar() {
  return null;
}
