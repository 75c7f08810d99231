import { useEffect, useState } from 'react';
import { StatusChip } from '../../components/StatusChip.tsx';
import { formatInstantDate, localTimeIn } from '../../lib/format.ts';
import { useSettings } from '../../stores/settings.ts';
import { ClientActions } from './ClientActions.tsx';
import type { ClientDetail } from './useClient.ts';

/** The client's local time, kept current to the minute. */
function useLocalTime(timeZone: string): string {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return localTimeIn(timeZone, now);
}

export function ClientHeader({ client }: { client: ClientDetail }) {
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const localTime = useLocalTime(client.timeZone);
  const coachTime = useLocalTime(coachZone);

  return (
    <header className="client-header">
      <div className="client-header__top">
        <div className="client-header__identity">
          <h1 data-private>{client.name}</h1>
          <StatusChip status={client.status} />
        </div>
        <ClientActions client={client} />
      </div>
      {client.company && (
        <p className="client-header__company" data-private>
          {client.company}
        </p>
      )}
      <dl className="facts">
        <div className="facts__item">
          <dt>Email</dt>
          <dd data-private>{client.email ?? <span className="muted">Not given</span>}</dd>
        </div>
        <div className="facts__item">
          <dt>Phone</dt>
          <dd data-private>{client.phone ?? <span className="muted">Not given</span>}</dd>
        </div>
        <div className="facts__item">
          <dt>Time zone</dt>
          <dd>
            {client.timeZone.replaceAll('_', ' ')}
            <span className="muted"> · {localTime === coachTime ? 'same time as you' : `${localTime} there now`}</span>
          </dd>
        </div>
        <div className="facts__item">
          <dt>Client since</dt>
          <dd>{formatInstantDate(client.createdAt, coachZone)}</dd>
        </div>
      </dl>
    </header>
  );
}
