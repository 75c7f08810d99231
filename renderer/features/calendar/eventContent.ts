// What one call shows inside its box: the time, the client, the client's own time when it
// reads differently, its kind, and what happened, all as text, so it reads without colour.
//
// Built as plain DOM nodes for FullCalendar's `domNodes` content: returned as React elements,
// each of a week's 150 calls becomes a portal that React renders on every pass, which took
// most of the week view's render time.

import { theirTime, timeIn } from '../sessions/time.ts';
import { KIND_LABELS, type SessionItem, statusText } from '../sessions/types.ts';

export interface EventContext {
  coachZone: string;
  clients: Record<string, { name: string; timeZone: string }>;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

export function eventContent(item: SessionItem, context: EventContext, compact: boolean): HTMLSpanElement {
  const client = context.clients[item.clientId];
  const body = document.createElement('span');
  body.className = 'cal-event__body';
  const name = span('cal-event__client', client?.name ?? 'Client');
  name.dataset.private = '';
  body.append(span('cal-event__time', timeIn(item.start, context.coachZone)), ' ', name);
  if (!compact) {
    const their = theirTime(item.start, context.coachZone, client?.timeZone);
    const outcome = item.status === 'planned' ? null : statusText(item);
    if (item.kind !== 'session') body.append(span('cal-event__meta', KIND_LABELS[item.kind]));
    if (outcome) body.append(span('cal-event__meta cal-event__outcome', outcome));
    if (their) body.append(span('cal-event__meta', `${their} their time`));
  }
  if (item.conflict) {
    if (compact) {
      // A month cell is narrow: a mark before the name keeps the name in view.
      const mark = span('cal-event__conflict cal-event__conflict--mark', '');
      mark.title = 'Overlaps another call';
      const bang = span('', '!');
      bang.setAttribute('aria-hidden', 'true');
      mark.append(bang, span('visually-hidden', ' · Overlap'));
      body.append(mark);
    } else {
      body.append(span('cal-event__conflict', ' · Overlap'));
    }
  }
  return body;
}
