/**
 * Once the entries show, goes to the indicator the address names (`?indikator=<id>`, the link
 * beside its calculator): its fieldset scrolled into view, its first input focused. A fragment would
 * point at nothing in the page as served, since the list is drawn in the browser.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useGoToIndicator(indikator: string | undefined, shown: boolean): void {
  const gone = useRef(false);
  useEffect(() => {
    if (!shown || !indikator || gone.current) return;
    gone.current = true;
    const fieldset = document.getElementById(indikator);
    fieldset?.scrollIntoView();
    fieldset?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, [shown, indikator]);
}
