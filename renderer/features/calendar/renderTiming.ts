// Marks around the calendar's render, for the week-view benchmark: a mark when a range's
// items arrive, and a measure once the frame after FullCalendar has placed them is
// painted. Marks cost next to nothing, so they stay in the product build.
const START = 'cadence:calendar-data';
export const RENDER_MEASURE = 'cadence:calendar-render';

let pending = false;

export function markDataArrived(): void {
  performance.clearMarks(START);
  performance.mark(START);
  pending = true;
}

export function markRendered(): void {
  if (!pending) return;
  pending = false;
  // The frame that shows them is painted right after this animation frame's callbacks.
  requestAnimationFrame(() => {
    setTimeout(() => performance.measure(RENDER_MEASURE, START), 0);
  });
}
