import { type LongWorkScope, useLongWork } from './longWork.ts';

/**
 * The polite live region where a section's long work says what it is doing ("Backing up…")
 * and how it ended. Always in the DOM, so screen readers hear the first message too.
 */
export function LongWorkStatus({ scope }: { scope: LongWorkScope }) {
  const text = useLongWork((state) => (state.scope === scope ? state.announcement : ''));
  return (
    <p className="long-work-status" role="status">
      {text}
    </p>
  );
}
