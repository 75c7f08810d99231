import { CalendarDays } from 'lucide-react';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { StatusChip } from '../../../components/StatusChip.tsx';
import { formatInstant, formatMinutes } from '../../../lib/format.ts';
import { useSettings } from '../../../stores/settings.ts';
import type { ClientDetail } from '../useClient.ts';

const KIND_LABELS: Record<string, string> = { session: 'Session', check_in: 'Check-in', extended: 'Extended session' };

export function SessionsTab({ client }: { client: ClientDetail }) {
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  if (client.recentSessions.length === 0) {
    return (
      <EmptyState icon={<CalendarDays size={18} />} title="No sessions yet">
        <p>Sessions come from this client's agreements and the calendar, which are on their way in Cadence.</p>
      </EmptyState>
    );
  }
  return (
    <div className="plain-table-wrap">
      <table className="table table--plain">
        <caption className="visually-hidden">Recent sessions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Kind</th>
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
          {client.recentSessions.map((session) => (
            <tr key={session.id}>
              <td>{formatInstant(session.start, coachZone)}</td>
              <td>{KIND_LABELS[session.kind] ?? session.kind}</td>
              <td>
                <StatusChip status={session.status} />
                {session.cancelledBy && <span className="muted"> by {session.cancelledBy}</span>}
              </td>
              <td className="num">{formatMinutes(session.plannedMinutes)}</td>
              <td className="num">{session.actualMinutes === null ? <span className="muted">—</span> : formatMinutes(session.actualMinutes)}</td>
              <td className="table__notes" data-private title={session.notes}>
                {session.notes || <span className="muted">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
