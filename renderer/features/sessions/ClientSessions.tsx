// A client's sessions on their page: what is coming up and what happened (with the
// outcome and minutes of each), the usage ledger of each retainer, and "Add session" for
// an extended session or a check-in outside the slot.
import { CalendarDays, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { addDays } from '../../../src/domain/dates.ts';
import { timestampText } from '../../../src/domain/instants.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { useSettings } from '../../stores/settings.ts';
import { useStatus } from '../../stores/status.ts';
import { IcsButton } from '../calendar/IcsButton.tsx';
import { NewSessionDialog } from './NewSessionDialog.tsx';
import { SessionDialog } from './SessionDialog.tsx';
import { SessionTable } from './SessionTable.tsx';
import type { SessionItem } from './types.ts';
import { UsageLedger } from './UsageLedger.tsx';
import './sessions.css';

const AHEAD_DAYS = 28;
const BACK_STEP_DAYS = 91;

export function ClientSessions({ clientId, clientName, clientTimeZone }: { clientId: string; clientName: string; clientTimeZone: string }) {
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  // The core's today, in the workspace zone (no screen shows before the status brings it).
  const today = useStatus((state) => state.status?.today ?? '');
  const [daysBack, setDaysBack] = useState(BACK_STEP_DAYS);
  const [open, setOpen] = useState<SessionItem | null>(null);
  const [adding, setAdding] = useState(false);

  const range = useLiveQuery('calendar.range', { from: addDays(today, -daysBack), to: addDays(today, AHEAD_DAYS), clientId });
  const agreements = useLiveQuery('agreements.list', { clientId });
  const retainers = (agreements.data ?? []).filter(
    (a) => (a.kind === 'work' || a.kind === 'access') && a.status !== 'draft' && a.status !== 'sent',
  );

  const { upcoming, past } = useMemo(() => {
    const now = timestampText(new Date());
    const items = range.data?.items ?? [];
    return { upcoming: items.filter((i) => i.end > now), past: items.filter((i) => i.end <= now).reverse() };
  }, [range.data]);

  return (
    <div className="client-sessions">
      <div className="client-sessions__actions">
        <Button variant="primary" icon={<Plus size={14} />} onClick={() => setAdding(true)}>
          Add session
        </Button>
        <IcsButton clientId={clientId} label="Export calls (.ics)" />
      </div>
      {retainers.map((agreement) => (
        <Card
          key={agreement.id}
          title={
            <span>
              Usage · <span data-private>{agreement.title}</span>
            </span>
          }
        >
          <UsageLedger agreementId={agreement.id} kind={agreement.kind as 'work' | 'access'} currency={agreement.currency} />
        </Card>
      ))}
      {range.loaded && upcoming.length === 0 && past.length === 0 ? (
        <EmptyState icon={<CalendarDays size={18} />} title="No sessions in the last three months or the next four weeks">
          <p>Calls appear here from the weekly slot of a signed agreement, and from sessions you add.</p>
        </EmptyState>
      ) : (
        <>
          {upcoming.length > 0 && (
            <section className="client-sessions__group" aria-labelledby="sessions-upcoming">
              <h2 id="sessions-upcoming" className="client-sessions__heading">
                Coming up
              </h2>
              <SessionTable caption="Coming up, soonest first" items={upcoming} coachZone={coachZone} onOpen={setOpen} />
            </section>
          )}
          {past.length > 0 && (
            <section className="client-sessions__group" aria-labelledby="sessions-past">
              <h2 id="sessions-past" className="client-sessions__heading">
                Past sessions
              </h2>
              <SessionTable caption="Past sessions, newest first" items={past} coachZone={coachZone} onOpen={setOpen} />
            </section>
          )}
        </>
      )}
      {range.loaded && (
        <Button size="sm" variant="ghost" className="client-sessions__more" onClick={() => setDaysBack(daysBack + BACK_STEP_DAYS)}>
          Show three months earlier
        </Button>
      )}
      <SessionDialog item={open} clientName={clientName} clientTimeZone={clientTimeZone} onClose={() => setOpen(null)} />
      <NewSessionDialog open={adding} onOpenChange={setAdding} clientId={clientId} />
    </div>
  );
}
