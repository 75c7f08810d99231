import { api } from '../../api.ts';
import { toast } from '../../stores/toasts.ts';
import { downloadBlob } from '../revenue/csv.ts';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Asks the core for the invoice PDF and saves it; a failure is said in a toast. */
export async function downloadInvoicePdf(invoiceId: string): Promise<void> {
  const result = await api.call('invoices.pdf', { id: invoiceId });
  if (!result.ok) {
    toast(result.error.message, { tone: 'danger' });
    return;
  }
  downloadBlob(result.value.fileName, new Blob([bytesOf(result.value.contentBase64)], { type: 'application/pdf' }));
}
