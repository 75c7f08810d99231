// The writes the invoices screens share: issue one or many, void, delete a draft.
import { api } from '../../api.ts';
import { toast } from '../../stores/toasts.ts';

export async function issueInvoice(invoice: { id: string; number: string }): Promise<boolean> {
  const result = await api.call('invoices.issue', { id: invoice.id });
  if (!result.ok) {
    toast(result.error.message, { tone: 'danger' });
    return false;
  }
  toast(`Issued ${invoice.number}`);
  return true;
}

/** Issues drafts one by one; answers the first problem (the rest stay drafts) or null. */
export async function issueAll(drafts: readonly { id: string; number: string }[]): Promise<string | null> {
  let issued = 0;
  for (const draft of drafts) {
    const result = await api.call('invoices.issue', { id: draft.id });
    if (!result.ok) return `${issued} issued; ${draft.number} could not be: ${result.error.message}`;
    issued += 1;
  }
  toast(issued === 1 ? 'Issued 1 invoice' : `Issued ${issued} invoices`);
  return null;
}
