// Exports the calls as an .ics file (all clients, or one) for any calendar app. The weekly
// slots go out as recurring events with their time zone, so every app expands them to the
// same instants as Cadence.
import { Download } from 'lucide-react';
import { useState } from 'react';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { toast } from '../../stores/toasts.ts';
import { downloadBlob } from '../revenue/csv.ts';

export function IcsButton({ clientId, label = 'Export .ics' }: { clientId?: string | undefined; label?: string }) {
  const [busy, setBusy] = useState(false);
  const exportIcs = async () => {
    setBusy(true);
    const result = await api.call('calendar.ics', clientId ? { clientId } : {});
    setBusy(false);
    if (!result.ok) {
      toast(result.error.message, { tone: 'danger' });
      return;
    }
    downloadBlob(result.value.fileName, new Blob([result.value.content], { type: 'text/calendar;charset=utf-8' }));
    toast(`Saved ${result.value.fileName}`);
  };
  return (
    <Button icon={<Download size={14} />} busy={busy} onClick={() => void exportIcs()}>
      {label}
    </Button>
  );
}
