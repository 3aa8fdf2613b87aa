import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Tells the page how tall a sticky bar under the header is (--roster-sticky-offset, read by the page's
 * scroll-padding in shell/Shell.module.css), so a field focused by Tab or Shift+Tab is scrolled to below the
 * bar rather than under it (WCAG 2.4.11). The bar's height changes as it wraps in a narrow or zoomed window,
 * and a bar that stops being sticky in a short window (by its own CSS) covers nothing.
 */
export function useStickyOffset(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => {
      const sticky = getComputedStyle(element).position === 'sticky';
      root.style.setProperty('--roster-sticky-offset', `${sticky ? element.offsetHeight : 0}px`);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      root.style.removeProperty('--roster-sticky-offset');
    };
  }, [bar]);
}
