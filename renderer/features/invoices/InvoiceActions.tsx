// What can be done to an invoice from its page. Issuing and recording are one click; void
// and delete are confirmed (a void invoice keeps its number; a deleted draft's number is
// never given out again).
import { Ban, Download, HandCoins, Send, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isOpen } from '../../../src/domain/invoices.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { toast } from '../../stores/toasts.ts';
import { issueInvoice } from './actions.ts';
import type { InvoiceDetail } from './labels.ts';
import { downloadInvoicePdf } from './pdf.ts';
import { RecordPaymentDialog } from './RecordPaymentDialog.tsx';

export function InvoiceActions({ invoice }: { invoice: InvoiceDetail }) {
  const navigate = useNavigate();
  const [paying, setPaying] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const draft = invoice.storedStatus === 'draft';
  const open = isOpen(invoice);

  const issue = async () => {
    setIssuing(true);
    await issueInvoice(invoice);
    setIssuing(false);
  };

  const pdf = async () => {
    setDownloading(true);
    await downloadInvoicePdf(invoice.id);
    setDownloading(false);
  };

  const voidIt = async () => {
    const result = await api.call('invoices.void', { id: invoice.id });
    if (!result.ok) return result.error.message;
    toast(`${invoice.number} is void`);
    return null;
  };

  const remove = async () => {
    const result = await api.call('invoices.delete', { id: invoice.id });
    if (!result.ok) return result.error.message;
    toast(`Deleted draft ${invoice.number}`);
    navigate('/invoices?status=draft');
    return null;
  };

  return (
    <div className="invoice-actions">
      {draft && (
        <Button variant="primary" icon={<Send size={14} />} busy={issuing} onClick={() => void issue()}>
          Issue
        </Button>
      )}
      {open && (
        <Button variant="primary" icon={<HandCoins size={14} />} onClick={() => setPaying(true)}>
          Record payment
        </Button>
      )}
      <Button icon={<Download size={14} />} busy={downloading} onClick={() => void pdf()}>
        PDF
      </Button>
      {draft && (
        <Button variant="ghost" icon={<Trash2 size={14} />} onClick={() => setDeleting(true)}>
          Delete draft
        </Button>
      )}
      {invoice.storedStatus === 'issued' && (
        <Button variant="ghost" icon={<Ban size={14} />} onClick={() => setVoiding(true)}>
          Void
        </Button>
      )}
      <RecordPaymentDialog invoice={invoice} open={paying} onOpenChange={setPaying} />
      <ConfirmDialog
        open={voiding}
        onOpenChange={setVoiding}
        title={`Void ${invoice.number}?`}
        description={`It stays on record with its number, marked void; it is no longer owed and never counts as revenue${invoice.payments.length > 0 ? ', nor do the payments on it' : ''}. Its lines can be billed again by the next run.`}
        confirmLabel="Void invoice"
        onConfirm={voidIt}
      />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete draft ${invoice.number}?`}
        description="Its lines go back to being due and will be on the next run. The number is not given out again."
        confirmLabel="Delete draft"
        onConfirm={remove}
      />
    </div>
  );
}
