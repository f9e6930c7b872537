import type { AreaSelection } from '../derive/filters';
import { useAtlas } from '../store/store';
import { encodeArea, readableQuery } from './viewCodec';

/**
 * The address to share for `href`: as it is, except that "only what is in view" is frozen to
 * the box in view now. The same link opens on other screens, whose view of the same map
 * position holds more or less; a box gives every reader the same incidents.
 *
 * @example frozenLink('https://x/?area=view&map=9/35.8/36.6', { kind: 'view', bbox: [36, 35.5, 37, 36] }) // 'https://x/?area=bbox:36,35.5,37,36&map=9/35.8/36.6'
 */
export function frozenLink(href: string, area: AreaSelection | null): string {
  if (area?.kind !== 'view' || !area.bbox) return href;
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.set('area', encodeArea({ kind: 'bbox', bbox: area.bbox }));
  url.search = readableQuery(params);
  return url.toString();
}

/** The link to share for what is shown now (copy link, a map image's caption, a citation). */
export function shareLink(href: string = window.location.href): string {
  return frozenLink(href, useAtlas.getState().filters.area);
}
