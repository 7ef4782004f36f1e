/**
 * Long tables that stay fluid: only the rows in view (and a few around them) are in the page,
 * and two empty spacer rows keep the scroll height of the rest, so a table of 100,000 rows
 * scrolls like one of 50. The scrolling region is the caller's, named and reachable by Tab.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export function useVirtualRows(count: number, rowHeight: number, overscan = 10) {
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  return {
    scroller,
    items,
    before: items[0]?.start ?? 0,
    after: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0),
    /** For rows whose height varies: measured once drawn (give it as the row's ref). */
    measure: virtualizer.measureElement,
  };
}

/** The height of the rows not drawn, above or below those in view. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing to reach or read
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columns} style={{ blockSize: height }} />
    </tr>
  );
}
