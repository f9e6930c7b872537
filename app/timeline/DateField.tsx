import { type KeyboardEvent, type Ref, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useAtlas } from '../store/store';
import {
  type DateTextProblem,
  dateTextPattern,
  formatDateText,
  isCompleteDateText,
  parseDateText,
  YEARS,
} from './dateText';

interface Props {
  /** The visible label ("From", "To"). */
  label: string;
  /** The calendar button's name. */
  pickLabel: string;
  /** The applied day (`YYYY-MM-DD`), or null for an open bound. */
  value: string | null;
  /** Apply a day, or null to open the bound. */
  onApply: (iso: string | null) => void;
  /** The other bound's rule: a day that breaks it is refused with a message. */
  allows?: (iso: string) => boolean;
  /**
   * The other bound, which `allows` checks. When it changes, a day refused for breaking the rule
   * is checked again: applied if it now keeps it, still explained if not.
   */
  other?: string | null;
  /**
   * Told the day the field holds but was refused for the other bound (null when none), so a
   * change of the other bound can apply both together, in one step of the history.
   */
  onWaiting?: (iso: string | null) => void;
  /** The text input, to move focus to. */
  inputRef?: Ref<HTMLInputElement>;
  /** Days the calendar offers. */
  min?: string;
  max?: string;
  testId: string;
}

type Problem = DateTextProblem | 'order';

/**
 * A date typed in the interface language (app/timeline/dateText.ts), with a calendar button that
 * opens the browser's date picker. A whole date is applied as it is typed; a short or broken one
 * when the field is left or Enter is pressed, and then it is either applied or explained beside
 * the field (the text stays, to be corrected; Escape puts the applied day back). A day refused
 * for the other bound waits, still flagged, and is read again whenever that bound moves.
 */
export function DateField({
  label,
  pickLabel,
  value,
  onApply,
  allows,
  other = null,
  onWaiting,
  inputRef,
  min,
  max,
  testId,
}: Props) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const [text, setText] = useState(() => formatDateText(value ?? '', lang));
  const [problem, setProblem] = useState<Problem | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const messageId = useId();

  // The brush, a shared link or the other language change the day: the field follows. When only
  // the other bound moves, a day refused for it is read again (applied, or still explained), so
  // the field never keeps a day that is neither applied nor flagged.
  const seen = useRef({ value, lang, other });
  useEffect(() => {
    const before = seen.current;
    seen.current = { value, lang, other };
    if (before.value !== value || before.lang !== lang) {
      setText(formatDateText(value ?? '', lang));
      setProblem(null);
    } else if (before.other !== other && problem === 'order') read(text, false);
  });

  // The day waiting for the other bound, for the timeline to apply with it.
  const parsed = problem === 'order' ? parseDateText(text, lang) : null;
  const waiting = parsed?.ok ? parsed.iso : null;
  useEffect(() => onWaiting?.(waiting), [waiting, onWaiting]);

  /** Apply the text, or say why not. `quiet`: while typing, say nothing yet. */
  const read = (next: string, quiet: boolean) => {
    if (!next.trim()) {
      setProblem(null);
      if (!quiet && value !== null) onApply(null);
      return;
    }
    const r = parseDateText(next, lang);
    const why: Problem | null = !r.ok ? r.problem : allows && !allows(r.iso) ? 'order' : null;
    if (quiet && (why || !isCompleteDateText(next, lang))) {
      // Half-typed: no message yet, but one already shown goes once the text is fixed.
      if (!why) setProblem(null);
      return;
    }
    setProblem(why);
    if (r.ok && !why) {
      if (r.iso !== value) onApply(r.iso);
      else setText(formatDateText(r.iso, lang));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') read(text, false);
    else if (e.key === 'Escape' && (problem || text !== formatDateText(value ?? '', lang))) {
      e.stopPropagation();
      setText(formatDateText(value ?? '', lang));
      setProblem(null);
    }
  };

  const openPicker = () => {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // Older browsers have no showPicker: the field itself still takes a typed date.
      input.focus();
      input.click();
    }
  };

  const pattern = dateTextPattern(lang);
  const message =
    problem === 'format'
      ? t.dateFormat(pattern, formatDateText('2021-06-26', lang))
      : problem === 'no-such-day'
        ? t.noSuchDay
        : problem === 'year-range'
          ? t.yearRange(YEARS.first, YEARS.last)
          : problem === 'order'
            ? t.fromAfterTo
            : null;
  return (
    <span className="rt-date">
      <label>
        {label}{' '}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          // Digits and separators read left to right in both languages (`٢٦/٠٦/٢٠٢١`).
          dir="ltr"
          size={10}
          placeholder={pattern}
          data-testid={testId}
          ref={inputRef}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? messageId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            read(e.target.value, true);
          }}
          onBlur={() => read(text, false)}
          onKeyDown={onKeyDown}
        />
      </label>
      <button
        type="button"
        className="rt-date-pick"
        aria-label={pickLabel}
        title={pickLabel}
        data-testid={`${testId}-pick`}
        onClick={openPicker}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
        </svg>
      </button>
      {/* The browser's calendar, opened by the button; never focused or read out itself. */}
      <input
        ref={picker}
        type="date"
        className="rt-date-native"
        tabIndex={-1}
        aria-hidden="true"
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(e) => {
          const iso = e.target.value;
          if (!iso) return;
          if (allows && !allows(iso)) {
            setText(formatDateText(iso, lang));
            setProblem('order');
          } else onApply(iso);
        }}
      />
      {message ? (
        <span id={messageId} className="rt-date-problem" role="alert">
          {message}
        </span>
      ) : null}
    </span>
  );
}
