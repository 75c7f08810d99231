import { Link } from 'react-router';
import { Card } from '../../components/Card.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import type { ClientRow } from '../../stores/clients.ts';

/** How many the card shows; Today asks the core for no more. */
export const RECENT_CLIENTS_SHOWN = 6;

/** The newest current clients (rows arrive newest first). */
export function RecentClientsCard({ rows }: { rows: readonly ClientRow[] }) {
  const recent = rows.filter((row) => row.status !== 'archived').slice(0, RECENT_CLIENTS_SHOWN);
  return (
    <Card title="Recently added clients" aside={<Link to="/clients">All clients</Link>}>
      {recent.length === 0 ? (
        <p className="muted">Every client is archived. Restore one from Clients → Archived.</p>
      ) : (
        <ul className="list">
          {recent.map((row) => (
            <li key={row.id} className="list__row">
              <div className="list__main">
                <Link to={`/clients/${encodeURIComponent(row.id)}`} className="list__title" data-private>
                  {row.name}
                </Link>
                {row.company && (
                  <span className="list__meta muted" data-private>
                    {row.company}
                  </span>
                )}
              </div>
              <StatusChip status={row.status} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
