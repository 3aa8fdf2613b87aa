import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Route } from '../app/session';

/** How long a screen may take to show what focus goes to (it may be loading first). */
const WAIT_MS = 10_000;

/**
 * After the screen changes (a section picked in the sidebar, a site opened or closed, the editor opened or left),
 * focus goes to the new screen: to the element it marks with `data-screen-focus` (the first field of a new
 * user), else to its heading. Without this, focus stays on the control that led there or is lost to the page
 * when that control disappears, and a keyboard or screen reader user starts over from the top (WCAG 2.4.3).
 *
 * Not on the first load, so the skip link stays the first Tab stop; and not where the screen has already put
 * focus on something of its own.
 */
export function useScreenFocus(route: Route, sitePath: string | null, mainRef: RefObject<HTMLElement | null>): void {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;

    const settle = (): boolean => {
      const active = document.activeElement;
      if (active && active !== document.body && active !== main && main.contains(active)) return true;
      const target = main.querySelector<HTMLElement>('[data-screen-focus]') ?? main.querySelector<HTMLElement>('h1, h2');
      if (!target) return false;
      // A heading takes focus from script only, never from Tab.
      if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.tabIndex = -1;
      // A new screen starts at its top (with its banners), scrolled further only as far as focus needs.
      window.scrollTo({ top: 0 });
      target.focus();
      return true;
    };

    if (settle()) return;
    // The screen is still loading: wait for its heading or field to appear.
    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    // Nothing to focus came (an error shown instead): the main region, rather than nowhere.
    const timer = window.setTimeout(() => {
      stop();
      if (document.activeElement === document.body) main.focus();
    }, WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
    // Every navigation makes a new route, even to the section already shown: focus goes to its heading again.
  }, [route, sitePath, mainRef]);
}
