import { useEffect, useRef, useState } from 'react';

/**
 * Put text on the clipboard: the clipboard API, else the older copy command on a selected text
 * area (an http page other than localhost has no clipboard API). False when neither works, so
 * the caller can show the text to be copied by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** How long "Copied" shows before a copy button reads as before. */
const CONFIRM_MS = 2500;

/** A copy button's state: at rest, just copied, or refused (with the text to copy by hand). */
export type CopyState = 'idle' | 'copied' | { failed: string };

/**
 * The state of a copy button: `copy(text)` copies and says "copied" for a moment, or keeps the
 * text when the browser refuses; `reset()` goes back to rest.
 */
export function useCopy(): { state: CopyState; copy(text: string): Promise<void>; reset(): void } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (text: string) => {
    clearTimeout(timer.current);
    if (await copyText(text)) {
      setState('copied');
      timer.current = setTimeout(() => setState('idle'), CONFIRM_MS);
    } else setState({ failed: text });
  };
  return { state, copy, reset: () => setState('idle') };
}
