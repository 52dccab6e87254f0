import { useLayoutEffect, useRef, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A table row a keyboard can use: the row is a tab stop, Enter opens it, Space selects it, and ↑ / ↓ move to the
 * row above or below. Keys pressed on the row's own controls (its checkbox, its buttons) stay theirs.
 */
export function keyboardRow<T>(record: T, { open, toggle }: { open?: (r: T) => void; toggle?: (r: T) => void }): HTMLAttributes<HTMLElement> {
  return {
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) return;
      if (e.key === 'Enter' && open) {
        e.preventDefault();
        open(record);
      } else if (e.key === ' ' && toggle) {
        e.preventDefault();
        toggle(record);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        let next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
        while (next && !(next instanceof HTMLElement && next.tabIndex === 0))
          next = e.key === 'ArrowDown' ? next.nextElementSibling : next.previousElementSibling;
        if (next instanceof HTMLElement) next.focus();
      }
    },
  };
}

/**
 * antd draws a table's column titles a second time into a hidden row (aria-hidden) that it measures widths with;
 * a select-all checkbox there would be an invisible tab stop. Wrapped in this, that copy is inert and the visible
 * one works as before.
 */
function InertWhenMeasured({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (ref.current?.closest('.ant-table-measure-row')) ref.current.inert = true;
  }, []);
  return <span ref={ref}>{children}</span>;
}

/** For `rowSelection.columnTitle`: antd's select-all checkbox, kept out of the measuring row's tab order. */
export const selectAllTitle = (checkbox: ReactNode) => <InertWhenMeasured>{checkbox}</InertWhenMeasured>;
