// The value conversation with a client (Alan Weiss's approach): what they want to achieve,
// how success will be measured and what it is worth to them a year; from the low estimate
// come three options at 10×, 7× and 4× return, and choosing one drafts a value agreement.
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { ValueForm } from './ValueForm.tsx';
import { ValueOptions } from './ValueOptions.tsx';
import './pricing.css';

// The conversation is stored with the client; choosing writes an agreement.

export function ValueTab({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { data, error, loaded } = useLiveQuery('pricing.get', { clientId });
  if (!loaded) return null;
  if (!data) {
    return (
      <p role="alert" className="form-error">
        {error?.message ?? 'The value conversation could not be opened.'}
      </p>
    );
  }
  return (
    <div className="value-tab">
      <ValueForm conversation={data} />
      <ValueOptions conversation={data} clientName={clientName} />
    </div>
  );
}
