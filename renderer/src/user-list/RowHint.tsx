import { Tooltip, useProps } from '@mantine/core';
import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

interface Shown {
  label: string;
  box: { left: number; top: number; width: number; height: number };
}

/**
 * The one hint of the row buttons ([data-row-hint], RowAction) inside `container`: a Mantine Tooltip shown
 * over the button hovered or focused, after the theme's delay, as a Tooltip around each button would show
 * it (hints show on keyboard focus too: WCAG 2.1.1, 1.4.13). One for the whole list: a Tooltip per row is
 * most of what mounting a row costs. Escape, leaving the button and a scroll hide it.
 */
export function RowHint({ container }: { container: RefObject<HTMLElement | null> }) {
  const { openDelay = 0 } = useProps('Tooltip', {}, {} as { openDelay?: number });
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let target: HTMLElement | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hide = () => {
      clearTimeout(timer);
      target = null;
      setShown(null);
    };
    const enter = (event: Event) => {
      const element = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row-hint]') : null;
      if (!element || element === target) return;
      hide();
      target = element;
      // Where the button is, read once when the hint shows (not as the list scrolls: a scroll hides it).
      timer = setTimeout(() => {
        if (target !== element || !element.isConnected) return;
        const { left, top, width, height } = element.getBoundingClientRect();
        setShown({ label: element.dataset.rowHint ?? '', box: { left, top, width, height } });
      }, openDelay);
    };
    const leave = (event: Event) => {
      const to = (event as FocusEvent).relatedTarget;
      if (target && !(to instanceof Node && target.contains(to))) hide();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    // A scroll moves the button away from its hint; the focus moved by the arrow keys scrolls too, after
    // its focusin, so the hint on its way is kept.
    const scrolled = () => setShown(null);
    root.addEventListener('pointerover', enter);
    root.addEventListener('pointerout', leave);
    root.addEventListener('focusin', enter);
    root.addEventListener('focusout', leave);
    root.addEventListener('keydown', escape);
    root.addEventListener('scroll', scrolled, { passive: true });
    return () => {
      clearTimeout(timer);
      root.removeEventListener('pointerover', enter);
      root.removeEventListener('pointerout', leave);
      root.removeEventListener('focusin', enter);
      root.removeEventListener('focusout', leave);
      root.removeEventListener('keydown', escape);
      root.removeEventListener('scroll', scrolled);
    };
  }, [container, openDelay]);

  if (!shown) return null;
  return (
    <Tooltip label={shown.label} opened>
      <span aria-hidden style={{ position: 'fixed', pointerEvents: 'none', ...shown.box }} />
    </Tooltip>
  );
}
