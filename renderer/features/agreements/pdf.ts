// Agreement PDFs come from the core as base64; the browser saves them through a Blob link.
import { api } from '../../api.ts';
import { toast } from '../../stores/toasts.ts';

export async function downloadAgreementPdf(agreementId: string, version?: number): Promise<void> {
  const result = await api.call('agreements.pdf', { id: agreementId, ...(version !== undefined ? { version } : {}) });
  if (!result.ok) {
    toast(result.error.message, { tone: 'danger' });
    return;
  }
  const bytes = Uint8Array.from(atob(result.value.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.value.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  toast(`Saved ${result.value.fileName}`);
}
