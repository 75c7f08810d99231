// The session actions every screen offers (calendar, Today, client page), each confirmed
// with a toast; the ones that change an outcome can be undone from that toast. Each returns
// null on success or the core's message, which the dialog shows.
import { api } from '../../api.ts';
import { formatMinutes } from '../../lib/format.ts';
import { toast } from '../../stores/toasts.ts';
import { type SessionItem, type SessionKind, sessionRef } from './types.ts';

type Outcome = Promise<string | null>;

/** What the dialog calls the fields the core names when it refuses an outcome. */
const FIELD_LABELS: Record<string, string> = { start: 'This call', cancelledAt: 'When it was cancelled' };

/** The core's refusal as the dialog shows it: the field in words, then the core's message for it. */
function problemOf(error: { message: string; fields?: Record<string, string> | undefined }): string {
  const [field, text] = Object.entries(error.fields ?? {})[0] ?? [];
  const label = field ? FIELD_LABELS[field] : undefined;
  return label && text ? `${label} ${text}` : error.message;
}

/** Puts a session back as it was before an outcome was recorded. */
async function restore(previous: SessionItem, id: string): Promise<void> {
  const result =
    previous.status === 'completed'
      ? await api.call('sessions.log', {
          id,
          actualMinutes: previous.actualMinutes ?? previous.plannedMinutes,
          kind: previous.kind,
          notes: previous.notes,
        })
      : previous.status === 'no_show'
        ? await api.call('sessions.noShow', { id })
        : await api.call('sessions.reopen', { id });
  toast(result.ok ? 'Undone' : result.error.message, { tone: result.ok ? 'neutral' : 'danger' });
}

function undoFor(previous: SessionItem, id: string) {
  // A cancellation's moment cannot be restored as it was, so it is not offered as undoable.
  if (previous.status === 'cancelled') return {};
  return { action: { label: 'Undo', run: () => void restore(previous, id) } };
}

export async function logSession(item: SessionItem, input: { actualMinutes: number; kind: SessionKind; notes: string }): Outcome {
  const result = await api.call('sessions.log', { ...sessionRef(item), ...input });
  if (!result.ok) return problemOf(result.error);
  toast(`Logged ${formatMinutes(input.actualMinutes)}`, undoFor(item, result.value.id));
  return null;
}

export async function markNoShow(item: SessionItem): Outcome {
  const result = await api.call('sessions.noShow', sessionRef(item));
  if (!result.ok) return problemOf(result.error);
  toast(`No-show recorded: ${formatMinutes(result.value.plannedMinutes)} count as delivered`, undoFor(item, result.value.id));
  return null;
}

/** A cancellation: when it was made is given for a call that has begun, and is now otherwise. */
export async function cancelSession(item: SessionItem, by: 'client' | 'coach', cancelledAt?: string): Outcome {
  const result = await api.call('sessions.cancel', { ...sessionRef(item), by, ...(cancelledAt ? { cancelledAt } : {}) });
  if (!result.ok) return problemOf(result.error);
  const message = result.value.lateCancel
    ? `Late cancel by the client: ${formatMinutes(result.value.plannedMinutes)} count as delivered`
    : `Cancelled by the ${by}: nothing counts as delivered`;
  toast(message, undoFor(item, result.value.id));
  return null;
}

export async function rescheduleSession(item: SessionItem, start: string, plannedMinutes: number, label: string): Outcome {
  const result = await api.call('sessions.reschedule', { ...sessionRef(item), start, plannedMinutes });
  if (!result.ok) return result.error.message;
  const id = result.value.id;
  toast(`Moved to ${label}`, {
    action: {
      label: 'Undo',
      run: () =>
        void api.call('sessions.reschedule', { id, start: item.start, plannedMinutes: item.plannedMinutes }).then((back) => {
          toast(back.ok ? 'Undone' : back.error.message, { tone: back.ok ? 'neutral' : 'danger' });
        }),
    },
  });
  return null;
}

export async function reopenSession(id: string): Outcome {
  const result = await api.call('sessions.reopen', { id });
  if (!result.ok) return result.error.message;
  toast('Back to scheduled');
  return null;
}

export async function saveSessionNotes(id: string, notes: string): Outcome {
  const result = await api.call('sessions.updateNotes', { id, notes });
  if (!result.ok) return result.error.message;
  toast('Notes saved');
  return null;
}

export async function deleteSession(id: string): Outcome {
  const result = await api.call('sessions.delete', { id });
  if (!result.ok) return result.error.message;
  toast('Session deleted');
  return null;
}
