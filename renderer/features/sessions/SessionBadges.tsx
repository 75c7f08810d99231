// The facts about an occurrence as badges: its status, its kind when not the usual call,
// a late cancel and a conflict.
import { Badge, type Tone } from '../../components/StatusChip.tsx';
import { KIND_LABELS, type SessionItem, statusText } from './types.ts';

const TONES: Record<SessionItem['status'], Tone> = {
  planned: 'neutral',
  scheduled: 'accent',
  completed: 'success',
  no_show: 'danger',
  cancelled: 'neutral',
};

export function SessionBadges({ item }: { item: SessionItem }) {
  return (
    <div className="session-badges">
      <Badge tone={item.lateCancel ? 'warning' : TONES[item.status]}>
        <span className="badge__dot" aria-hidden="true" />
        {statusText(item)}
      </Badge>
      {item.kind !== 'session' && <Badge tone="accent">{KIND_LABELS[item.kind]}</Badge>}
      {item.actualMinutes !== null && item.status === 'completed' && <Badge tone="neutral">{item.actualMinutes} min delivered</Badge>}
      {item.conflict && <Badge tone="danger">Overlaps another call</Badge>}
    </div>
  );
}
