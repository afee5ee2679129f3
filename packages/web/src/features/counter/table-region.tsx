/** A table that may be wider than the screen: it scrolls sideways and can be reached and scrolled by keyboard. */
import type { ReactNode } from 'react';

export function TableRegion({
  label,
  live,
  children,
}: {
  label: string;
  live?: boolean;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus for keyboard users (WCAG 2.1.1; axe scrollable-region-focusable)
    <section className="table-wrap" tabIndex={0} aria-label={label} aria-live={live ? 'polite' : undefined}>
      {children}
    </section>
  );
}
