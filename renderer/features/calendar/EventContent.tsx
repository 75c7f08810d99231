// What one call shows inside its box: the time, the client, the client's own time when it
// reads differently, its kind, and what happened — all as text, so it reads without colour.
import { KIND_LABELS, statusText, type SessionItem } from '../sessions/types.ts';
import { theirTime, timeIn } from '../sessions/time.ts';

export interface EventContext {
  coachZone: string;
  clients: Record<string, { name: string; timeZone: string }>;
}

export function EventContent({ item, context, compact }: { item: SessionItem; context: EventContext; compact: boolean }) {
  const client = context.clients[item.clientId];
  const their = theirTime(item.start, context.coachZone, client?.timeZone);
  const outcome = item.status === 'planned' ? null : statusText(item);
  return (
    <span className="cal-event__body">
      <span className="cal-event__time">{timeIn(item.start, context.coachZone)}</span>{' '}
      <span className="cal-event__client" data-private>
        {client?.name ?? 'Client'}
      </span>
      {!compact && (
        <>
          {item.kind !== 'session' && <span className="cal-event__meta">{KIND_LABELS[item.kind]}</span>}
          {outcome && <span className="cal-event__meta cal-event__outcome">{outcome}</span>}
          {their && <span className="cal-event__meta">{their} their time</span>}
        </>
      )}
      {item.conflict &&
        (compact ? (
          // A month cell is narrow: a mark before the name keeps the name in view.
          <span className="cal-event__conflict cal-event__conflict--mark" title="Overlaps another call">
            <span aria-hidden="true">!</span>
            <span className="visually-hidden"> · Overlap</span>
          </span>
        ) : (
          <span className="cal-event__conflict"> · Overlap</span>
        ))}
    </span>
  );
}
