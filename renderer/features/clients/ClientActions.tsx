// What can be done to a client from its page: edit, archive (undoable), restore, and
// delete, which is offered only while nothing refers to the client and is confirmed.
import { Archive, ArchiveRestore, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { toast } from '../../stores/toasts.ts';
import { ClientFormDialog, type ClientFormValues } from './ClientFormDialog.tsx';
import type { ClientDetail } from './useClient.ts';

async function restore(client: ClientDetail): Promise<void> {
  const result = await api.call('clients.restore', { id: client.id });
  if (result.ok) toast(`Restored ${client.name}`);
  else toast(result.error.message, { tone: 'danger' });
}

export function RestoreButton({ client }: { client: ClientDetail }) {
  return (
    <Button size="sm" icon={<ArchiveRestore size={14} />} onClick={() => void restore(client)}>
      Restore
    </Button>
  );
}

export function ClientActions({ client }: { client: ClientDetail }) {
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { agreements, sessions, invoices } = client.references;
  const deletable = agreements === 0 && sessions === 0 && invoices === 0;

  const save = async (values: ClientFormValues) => {
    const result = await api.call('clients.update', { id: client.id, ...values });
    if (!result.ok) return result.error;
    setEditing(false);
    toast('Changes saved');
    return null;
  };

  const archive = async () => {
    const result = await api.call('clients.archive', { id: client.id });
    if (!result.ok) {
      toast(result.error.message, { tone: 'danger' });
      return;
    }
    toast(`Archived ${client.name}`, { action: { label: 'Undo', run: () => void restore(client) } });
  };

  const remove = async () => {
    const result = await api.call('clients.delete', { id: client.id });
    // A 409 says why (what still refers to the client); it is shown as the core wrote it.
    if (!result.ok) return result.error.message;
    toast(`Deleted ${client.name}`);
    navigate('/clients');
    return null;
  };

  return (
    <div className="client-actions">
      <Button icon={<Pencil size={14} />} onClick={() => setEditing(true)}>
        Edit
      </Button>
      {client.status !== 'archived' && (
        <Button icon={<Archive size={14} />} onClick={() => void archive()}>
          Archive
        </Button>
      )}
      {deletable && (
        <Button variant="ghost" icon={<Trash2 size={14} />} onClick={() => setConfirmingDelete(true)}>
          Delete
        </Button>
      )}
      <ClientFormDialog
        open={editing}
        onOpenChange={setEditing}
        title="Edit client"
        submitLabel="Save changes"
        initial={{
          name: client.name,
          company: client.company ?? '',
          email: client.email ?? '',
          phone: client.phone ?? '',
          timeZone: client.timeZone,
          status: client.status,
        }}
        onSubmit={save}
      />
      <ConfirmDialog
        open={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title={`Delete ${client.name}?`}
        description="The client and their notes are removed for good. This cannot be undone; archive instead if you may need them again."
        confirmLabel="Delete client"
        onConfirm={remove}
      />
    </div>
  );
}
