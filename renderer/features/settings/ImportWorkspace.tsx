// Import a workspace file (the JSON that Export writes) into an empty workspace. The core
// checks the whole file; its complaints come back by JSON path and are listed as they are.
import { Upload } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { toast } from '../../stores/toasts.ts';

interface Problem {
  message: string;
  paths: [string, string][];
}

export function ImportWorkspace({ disabled = false, onImported }: { disabled?: boolean; onImported?: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const problemsId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const importFile = async (file: File) => {
    setProblem(null);
    setBusy(true);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        setProblem({ message: `${file.name} is not a workspace file: it is not valid JSON. Nothing was imported.`, paths: [] });
        return;
      }
      const result = await api.call('data.import', { file: parsed });
      if (!result.ok) {
        setProblem({ message: result.error.message, paths: Object.entries(result.error.fields ?? {}) });
        return;
      }
      toast(`Imported ${result.value.clients.toLocaleString()} clients from ${file.name}`);
      onImported?.();
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <div className="import">
      <input
        ref={inputRef}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void importFile(file);
        }}
      />
      <Button
        icon={<Upload size={14} />}
        busy={busy}
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
        aria-describedby={problem ? problemsId : undefined}
      >
        {busy ? 'Importing…' : 'Import a workspace file…'}
      </Button>
      {problem && (
        <div id={problemsId} role="alert" className="form-error import__problems">
          <p>{problem.message}</p>
          {problem.paths.length > 0 && (
            <ul className="import__paths">
              {problem.paths.map(([path, message]) => (
                <li key={path}>
                  <code>{path}</code> {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
