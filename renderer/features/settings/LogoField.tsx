// The business logo: a PNG or JPEG read into a data URL (the core stores it and prints it
// on documents). Saved as soon as it is chosen; the core checks type and size again.
import { ImageUp, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { namedError } from '../../lib/serverErrors.ts';
import { useSettings } from '../../stores/settings.ts';
import { toast } from '../../stores/toasts.ts';

const MAX_LOGO_BYTES = 512 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

export function LogoField({ logoDataUrl }: { logoDataUrl: string | null }) {
  const update = useSettings((state) => state.update);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (value: string | null) => {
    setBusy(true);
    const result = await update({ logoDataUrl: value });
    setBusy(false);
    if (result.ok) {
      setError(null);
      toast(value ? 'Logo saved' : 'Logo removed');
    } else {
      setError(result.error.fields?.logoDataUrl ? namedError('The logo', result.error.fields.logoDataUrl) : result.error.message);
    }
  };

  const choose = async (file: File) => {
    // Checked here too so a wrong file gets a clear answer before anything is sent.
    if (!['image/png', 'image/jpeg'].includes(file.type)) setError('The logo must be a PNG or JPEG image.');
    else if (file.size > MAX_LOGO_BYTES) setError(`The logo must be at most 512 KB; ${file.name} is ${Math.ceil(file.size / 1024)} KB.`);
    else await save(await readAsDataUrl(file));
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <div className="logo-field">
      <div className="logo-field__preview">
        {logoDataUrl ? <img src={logoDataUrl} alt="Your logo" /> : <span className="muted">No logo</span>}
      </div>
      <div className="logo-field__text">
        <h3>Logo</h3>
        <p className="muted">PNG or JPEG, up to 512 KB. Shown at the top of documents.</p>
        {error && (
          <p id={errorId} role="alert" className="field__error">
            {error}
          </p>
        )}
        <div className="logo-field__actions">
          <input
            ref={inputRef}
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void choose(file);
            }}
          />
          <Button
            size="sm"
            icon={<ImageUp size={14} />}
            busy={busy}
            onClick={() => inputRef.current?.click()}
            aria-describedby={error ? errorId : undefined}
          >
            {logoDataUrl ? 'Replace logo…' : 'Upload logo…'}
          </Button>
          {logoDataUrl && (
            <Button size="sm" variant="ghost" icon={<Trash2 size={14} />} disabled={busy} onClick={() => void save(null)}>
              Remove
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
