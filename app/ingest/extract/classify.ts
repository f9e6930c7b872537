import type { IncidentType } from '../../model';
import { CUES } from './lexicon';
import { anyWordCheck, hasWord } from './words';

/** One scan telling whether any first cue of `classifyClause` may occur in a clause. */
const ANY_CUE = anyWordCheck([
  CUES.air,
  CUES.aircraft,
  CUES.explosionStrong,
  CUES.clash,
  CUES.shelling,
  CUES.explosionWeak,
  CUES.attackWord,
  CUES.deployment,
  CUES.agreement,
]);

/** The incident type a clause tells, with how directly the cue words say so (0..1). */
export interface Classified {
  type: IncidentType;
  strength: number;
}

/**
 * Classify one folded clause into an ACLED-style sub-event type, or null when it tells no
 * event. Order decides mixed clauses: air over ground fire (`الطيران الروسي بالصواريخ` is an
 * air strike), bombs over fire, a fight over shelling, a facility hit by a shell is shelling.
 *
 * @example classifyClause(foldKey('تنفيذ طائرة روسية لثلاث غارات'))?.type // 'airstrike'
 */
export function classifyClause(text: string): Classified | null {
  // Every rule below needs one of these cues, or هجوم/هاجم: most clauses hold none.
  if (ANY_CUE && !ANY_CUE.test(text) && !/هجوم|هاجم/.test(text)) return null;
  if (hasWord(text, CUES.air)) return { type: 'airstrike', strength: 1 };
  const flying = /(?<![\p{L}])[وب]?تحليق/u.test(text);
  if (hasWord(text, CUES.aircraft) && hasWord(text, CUES.attackVerb) && !flying)
    return { type: 'airstrike', strength: 0.9 };
  if (hasWord(text, CUES.explosionStrong)) return { type: 'explosion', strength: 1 };
  if (hasWord(text, CUES.clash)) return { type: 'clash', strength: 1 };
  if (hasWord(text, CUES.shelling)) return { type: 'shelling', strength: 1 };
  if (hasWord(text, CUES.explosionWeak)) return { type: 'explosion', strength: 0.8 };
  if (hasWord(text, CUES.attackWord) && hasWord(text, CUES.attackTarget))
    return { type: 'attack', strength: 0.9 };
  if (/(?<![\p{L}])[وف]?(هجوم|هاجم)/u.test(text)) return { type: 'attack', strength: 0.7 };
  if (hasWord(text, CUES.deployment)) return { type: 'deployment', strength: 0.9 };
  if (hasWord(text, CUES.agreement) && !hasWord(text, CUES.agreementBackground))
    return { type: 'agreement', strength: 0.8 };
  return null;
}

/** A clause restating that violence goes on (`تجدد القصف على مناطق في ريف إدلب`). */
export function isGenericClause(text: string): boolean {
  return hasWord(text, CUES.generic) && /مناطق|المنطقة|المناطق/.test(text);
}

/** An analyst's view or a weapon's description: background, never an incident. */
export function isAnalystSentence(text: string): boolean {
  return (
    (hasWord(text, CUES.analyst) && hasWord(text, CUES.opinion)) || hasWord(text, CUES.description)
  );
}
