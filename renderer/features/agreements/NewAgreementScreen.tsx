// /agreements/new: pick the client, the kind and a template, then the editor opens on the
// new draft. Terms can come prefilled in the address (Revenue's "Draft a retainer" links
// here with the client, kind, fee and minutes), e.g.
//   /agreements/new?clientId=c3&kind=work&feeMinor=90000&includedMinutes=240
import clsx from 'clsx';
import { ArrowLeft } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { namedError } from '../../lib/serverErrors.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { useSettings } from '../../stores/settings.ts';
import { labelled } from './editor/errors.ts';
import { type AgreementKind, agreementPath, KINDS } from './labels.ts';
import { PrefillSummary, prefillFrom } from './prefill.tsx';
import './agreements.css';

/** A new link (another client, other terms) starts the form afresh. */
export function NewAgreementScreen() {
  const [params] = useSearchParams();
  return <NewAgreementForm key={params.toString()} params={params} />;
}

function NewAgreementForm({ params }: { params: URLSearchParams }) {
  const navigate = useNavigate();
  const clients = useLiveQuery('clients.list', { status: 'current', sort: 'name', direction: 'asc' });
  const [clientId, setClientId] = useState(params.get('clientId') ?? '');
  const [kind, setKind] = useState<AgreementKind>(KINDS.find((k) => k.value === params.get('kind'))?.value ?? 'work');
  const templates = useLiveQuery('templates.list', { kind });
  const [templateId, setTemplateId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefill = useMemo(() => prefillFrom(params), [params]);
  const defaultCurrency = useSettings((state) => state.settings?.currency ?? 'EUR');
  useScreenReady(clients.loaded);

  // A new kind offers its own templates; the first (built-in) one is the default.
  useEffect(() => {
    const first = templates.data?.[0];
    if (first && !templates.data?.some((t) => t.id === templateId)) setTemplateId(first.id);
  }, [templates.data, templateId]);

  const clientOptions = [
    { value: '', label: 'Choose a client…' },
    ...(clients.data ?? []).map((c) => ({ value: c.id, label: c.company ? `${c.name} (${c.company})` : c.name })),
  ];
  // A prefilled client may be archived or a prospect outside "current": still offer it.
  if (clientId && clients.data && !clients.data.some((c) => c.id === clientId))
    clientOptions.push({ value: clientId, label: 'The client from the link' });

  const create = async () => {
    setErrors({});
    setFormError(null);
    if (!clientId) {
      setErrors({ clientId: namedError('Client', 'is required') });
      return;
    }
    setBusy(true);
    const result = await api.call('agreements.create', { clientId, kind, ...(templateId ? { templateId } : {}), ...prefill.patch });
    setBusy(false);
    if (result.ok) {
      navigate(agreementPath(result.value.agreement.id), { replace: true });
      return;
    }
    const fields = result.error.fields ?? {};
    const own = { clientId: fields.clientId, templateId: fields.templateId };
    setErrors(
      Object.fromEntries(
        Object.entries(own)
          .filter(([, v]) => v)
          .map(([k, v]) => [k, namedError(k === 'clientId' ? 'Client' : 'Template', v!)]),
      ),
    );
    const rest = Object.entries(fields).filter(([k]) => !(k in own));
    setFormError(
      rest.length > 0 ? rest.map(([k, v]) => labelled(k, v)).join(' · ') : Object.keys(fields).length === 0 ? result.error.message : null,
    );
  };

  return (
    <div className="screen screen--page">
      <div className="page page--narrow">
        <Link to="/agreements" className="back-link">
          <ArrowLeft size={14} aria-hidden="true" /> Agreements
        </Link>
        <header className="screen__header screen__header--page">
          <h1>New agreement</h1>
        </header>
        <form
          className="new-agreement"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          {formError && (
            <p role="alert" className="form-error">
              {formError}
            </p>
          )}
          <Select
            label="Client"
            options={clientOptions}
            value={clientId}
            error={errors.clientId}
            autoFocus
            onChange={(e) => setClientId(e.target.value)}
          />
          <fieldset className="kind-choice">
            <legend className="field__label">Kind</legend>
            {KINDS.map((option) => (
              <label key={option.value} className={clsx('kind-choice__option', option.value === kind && 'kind-choice__option--checked')}>
                <input
                  type="radio"
                  name="kind"
                  value={option.value}
                  checked={option.value === kind}
                  onChange={() => setKind(option.value)}
                />
                <span className="kind-choice__text">
                  <span className="kind-choice__label">{option.label}</span>
                  <span className="kind-choice__description muted">{option.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Select
            label="Template"
            description="The clauses the draft starts with. You can change every one of them."
            options={(templates.data ?? []).map((t) => ({ value: t.id, label: t.builtIn ? `${t.name} (built-in)` : t.name }))}
            value={templateId}
            error={errors.templateId}
            onChange={(e) => setTemplateId(e.target.value)}
          />
          <PrefillSummary prefill={prefill} defaultCurrency={defaultCurrency} />
          <div className="form-actions">
            <Link to="/agreements" className="button button--secondary button--md">
              Cancel
            </Link>
            <Button variant="primary" type="submit" busy={busy}>
              Create draft
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
