// First run: an empty workspace (then a short business-profile step) or the demo practice.
// A workspace file from another computer can be imported here too.
import { ArrowRight, Sparkles, SquarePen } from 'lucide-react';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useSettings } from '../../stores/settings.ts';
import { useStatus } from '../../stores/status.ts';
import { ImportWorkspace } from '../settings/ImportWorkspace.tsx';
import { ProfileStep } from './ProfileStep.tsx';

export function Welcome() {
  const [step, setStep] = useState<'choose' | 'profile'>('choose');
  const [loadingDemo, setLoadingDemo] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const explore = async () => {
    setLoadingDemo(true);
    setError(null);
    const result = await api.call('data.demo', {});
    if (!result.ok) {
      setLoadingDemo(false);
      setError(result.error.message);
      return;
    }
    // The demo marks the workspace onboarded; reloading status leaves first run.
    await Promise.all([useStatus.getState().load(), useSettings.getState().load()]);
  };

  return (
    <main className="welcome" data-ready="true">
      <div className="welcome__panel">
        <div className="welcome__brand" aria-hidden="true">
          C
        </div>
        {step === 'choose' ? (
          <>
            <h1 className="welcome__title">Welcome to Cadence</h1>
            <p className="welcome__lead muted">
              Clients, agreements, sessions and invoices for your practice. Everything stays on this computer.
            </p>
            <div className="welcome__choices">
              <button type="button" className="choice" onClick={() => setStep('profile')} disabled={loadingDemo}>
                <SquarePen size={20} aria-hidden="true" className="choice__icon" />
                <span className="choice__text">
                  <span className="choice__title">Start with an empty workspace</span>
                  <span className="choice__body">Add your business details, then your first client.</span>
                </span>
                <ArrowRight size={16} aria-hidden="true" className="choice__arrow" />
              </button>
              <button
                type="button"
                className="choice"
                onClick={() => void explore()}
                disabled={loadingDemo}
                aria-busy={loadingDemo || undefined}
              >
                <Sparkles size={20} aria-hidden="true" className="choice__icon" />
                <span className="choice__text">
                  <span className="choice__title">{loadingDemo ? 'Setting up the demo practice…' : 'Explore the demo practice'}</span>
                  <span className="choice__body">
                    A made-up coaching practice with clients, agreements, sessions and invoices to try things on.
                  </span>
                </span>
                <ArrowRight size={16} aria-hidden="true" className="choice__arrow" />
              </button>
            </div>
            {error && (
              <p role="alert" className="form-error">
                {error}
              </p>
            )}
            <details className="welcome__import">
              <summary>Moving from another computer? Import a workspace file</summary>
              <ImportWorkspace onImported={() => void Promise.all([useStatus.getState().load(), useSettings.getState().load()])} />
            </details>
          </>
        ) : (
          <ProfileStep onBack={() => setStep('choose')} />
        )}
      </div>
    </main>
  );
}
