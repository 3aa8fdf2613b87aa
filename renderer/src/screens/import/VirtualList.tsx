import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useRef } from 'react';

interface Props<T> {
  items: readonly T[];
  /** Every row has this height, so nothing needs measuring and the scrollbar is exact. */
  rowHeight: number;
  /** The list scrolls inside this height; a shorter list takes only what it needs. */
  maxHeight: number;
  label: string;
  itemKey(item: T, index: number): string | number;
  children(item: T, index: number): ReactNode;
}

/**
 * A list that renders only the rows in view: a file of 1,000 columns or a check with thousands of problems
 * stays as quick to show and scroll as a short one. A list (role list / listitem) for assistive technology.
 */
export function VirtualList<T>({ items, rowHeight, maxHeight, label, itemKey, children }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser hands out new positions on every scroll by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // The first rows are rendered before the scroll element is measured (and in a screenshot of a hidden tab).
    initialRect: { width: 800, height: maxHeight },
  });
  return (
    <Box ref={scrollRef} mah={maxHeight} style={{ overflowY: 'auto', position: 'relative' }} role="list" aria-label={label}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={itemKey(items[row.index]!, row.index)}
            role="listitem"
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: rowHeight, transform: `translateY(${row.start}px)` }}
          >
            {children(items[row.index]!, row.index)}
          </div>
        ))}
      </div>
    </Box>
  );
}
