// The one "new client" dialog, opened by `n` in Clients, the New client buttons and the
// getting-started card. A created client opens on its own page. The form (and its code) is
// made when the dialog opens, not with every screen.
import { useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { lazyComponent } from '../../lib/lazyComponent.tsx';
import { useSettings } from '../../stores/settings.ts';
import { toast } from '../../stores/toasts.ts';
import { useUi } from '../../stores/ui.ts';
import type { ClientFormValues } from './ClientFormDialog.tsx';

const ClientFormDialog = lazyComponent(() => import('./ClientFormDialog.tsx'), 'ClientFormDialog');
/** Loads the form's code ahead of the first opening (in idle time). */
export const loadClientForm = ClientFormDialog.preload;
const emptyClientValues = (timeZone: string): ClientFormValues => ({
  name: '',
  company: '',
  email: '',
  phone: '',
  timeZone,
  status: 'active',
});

export function NewClientDialog() {
  const open = useUi((state) => state.newClientOpen);
  const setOpen = useUi((state) => state.setNewClientOpen);
  const defaultZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const navigate = useNavigate();

  const create = async (values: ClientFormValues) => {
    const { status, ...fields } = values;
    const result = await api.call('clients.create', { ...fields, status: status === 'archived' ? 'active' : status });
    if (!result.ok) return result.error;
    setOpen(false);
    toast(`Added ${result.value.name}`);
    navigate(`/clients/${encodeURIComponent(result.value.id)}`);
    return null;
  };

  if (!open) return null;
  return (
    <ClientFormDialog
      open
      onOpenChange={setOpen}
      title="New client"
      submitLabel="Add client"
      initial={emptyClientValues(defaultZone)}
      onSubmit={create}
    />
  );
}
