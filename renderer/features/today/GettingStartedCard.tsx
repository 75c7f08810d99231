import clsx from 'clsx';
import { Check } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import type { Settings } from '../../stores/settings.ts';
import { useStatus, type WorkspaceStatus } from '../../stores/status.ts';
import { useUi } from '../../stores/ui.ts';

interface Step {
  title: string;
  body: string;
  done: boolean;
  action?: ReactNode;
}

export function GettingStartedCard({ status, settings }: { status: WorkspaceStatus; settings: Settings }) {
  const openNewClient = useUi((state) => state.setNewClientOpen);
  const [loadingDemo, setLoadingDemo] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  const steps: Step[] = [
    {
      title: 'Add your business details',
      body: 'Your name, address and logo go on agreements and invoices; currency and time zone set the defaults.',
      done: settings.businessName.trim() !== '',
      action: (
        <Link className="button button--secondary button--sm" to="/settings">
          Open Settings
        </Link>
      ),
    },
    {
      title: 'Add your first client',
      body: 'Name, contact details and their time zone. Prospects count too.',
      done: status.counts.clients > 0,
      action: (
        <Button size="sm" onClick={() => openNewClient(true)}>
          New client
        </Button>
      ),
    },
    {
      title: 'Set up a first agreement',
      body: 'Retainers, session packages and projects come with Agreements, the next part of Cadence.',
      done: status.counts.agreements > 0,
    },
  ];

  const loadDemo = async () => {
    setLoadingDemo(true);
    setDemoError(null);
    const result = await api.call('data.demo', {});
    setLoadingDemo(false);
    if (!result.ok) setDemoError(result.error.message);
    else void useStatus.getState().load();
  };

  const doneCount = steps.filter((step) => step.done).length;

  return (
    <Card title="Getting started" aside={<span className="muted">{doneCount} of 3 done</span>} className="getting-started">
      <ol className="steps">
        {steps.map((step, index) => (
          <li key={step.title} className={clsx('steps__item', step.done && 'steps__item--done')}>
            <span className="steps__marker" aria-hidden="true">
              {step.done ? <Check size={14} /> : index + 1}
            </span>
            <div className="steps__text">
              <p className="steps__title">
                {step.title}
                {step.done && <span className="visually-hidden"> (done)</span>}
              </p>
              <p className="steps__body muted">{step.body}</p>
            </div>
            {!step.done && step.action && <div className="steps__action">{step.action}</div>}
          </li>
        ))}
      </ol>
      {status.empty && (
        <div className="getting-started__demo">
          <p className="muted">
            Rather look around first? The demo practice fills this workspace with made-up clients, agreements and invoices.
          </p>
          <Button busy={loadingDemo} onClick={() => void loadDemo()}>
            {loadingDemo ? 'Setting up the demo…' : 'Explore the demo practice'}
          </Button>
          {demoError && (
            <p role="alert" className="form-error">
              {demoError}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}
