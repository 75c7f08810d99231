// Sessions as a short table; the date of each opens it in the session dialog.
import { formatMinutes } from '../../lib/format.ts';
import { SessionBadges } from './SessionBadges.tsx';
import { whenIn } from './time.ts';
import type { SessionItem } from './types.ts';

export function SessionTable({
  caption,
  items,
  coachZone,
  onOpen,
}: {
  caption: string;
  items: readonly SessionItem[];
  coachZone: string;
  onOpen: (item: SessionItem) => void;
}) {
  return (
    <div className="plain-table-wrap">
      <table className="table table--plain session-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Planned
            </th>
            <th scope="col" className="num">
              Delivered
            </th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key} className={item.status === 'cancelled' ? 'session-table__row--cancelled' : undefined}>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(item)}>
                  {whenIn(item.start, item.end, coachZone)}
                </button>
              </td>
              <td>
                <SessionBadges item={item} />
              </td>
              <td className="num">{formatMinutes(item.plannedMinutes)}</td>
              <td className="num">{item.actualMinutes === null ? <span className="muted">—</span> : formatMinutes(item.actualMinutes)}</td>
              <td className="table__notes" data-private title={item.notes}>
                {item.notes || <span className="muted">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
