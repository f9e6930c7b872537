import type { Actor, IncidentType } from '../../model';
import { ACTOR_WORDS, SOURCES, TARGET_BEFORE } from './lexicon';
import { anyWordCheck, findWords, tokenize } from './words';

/** One scan telling whether any actor name may occur in a clause. */
const ANY_ACTOR = anyWordCheck(ACTOR_WORDS.map(([, re]) => re));

/** Blank out attributed sources (same length, so offsets stay valid). */
function blankSources(text: string): string {
  let out = text;
  for (const h of findWords(text, SOURCES))
    out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}

/**
 * The actors of a folded clause: who acts, not who is hit and not who reports it.
 * `قصف فصائل لقوات النظام` → opposition (the `ل` marks regime forces as the target). For clashes
 * and agreements both sides are actors, so targets count too.
 *
 * @example clauseActors(foldKey('قصف فصائل لقوات النظام'), 'shelling') // ['opposition']
 */
export function clauseActors(text: string, type: IncidentType | null): Actor[] {
  if (ANY_ACTOR && !ANY_ACTOR.test(text)) return [];
  const clean = blankSources(text);
  const hits: { actor: Actor; start: number; end: number; clitic: string }[] = [];
  for (const [actor, re] of ACTOR_WORDS) {
    for (const h of findWords(clean, re))
      hits.push({ actor, start: h.start, end: h.end, clitic: h.clitic });
  }
  // Longest match wins where names overlap (`الجيش السوري الحر` over `الجيش السوري`).
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  const bothSides = type === 'clash' || type === 'agreement';
  const actors = new Set<Actor>();
  for (const h of kept) {
    if (!bothSides) {
      const before = tokenize(clean.slice(Math.max(0, h.start - 25), h.start))
        .slice(-2)
        .map((t) => t.t);
      if (h.clitic.endsWith('ل') || before.some((w) => TARGET_BEFORE.has(w))) continue;
    }
    actors.add(h.actor);
  }
  return [...actors].sort();
}
