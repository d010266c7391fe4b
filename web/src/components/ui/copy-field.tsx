import { useRef, useState } from 'react';
import { copyToClipboard } from '../../lib/clipboard';
import { Button } from './button';
import { TextField } from './text-field';

/** A read-only value with a Copy button, e.g. a token or a one-time link shown once. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    input.current?.select();
    // Without clipboard access the text is at least selected.
    setStatus((await copyToClipboard(value)) ? 'Copied to the clipboard.' : 'Press Ctrl+C (⌘C) to copy the selected text.');
  };
  return (
    <div>
      <div className="flex items-end gap-2">
        <TextField
          ref={input}
          label={label}
          value={value}
          readOnly
          className="min-w-0 flex-1"
          onFocus={(e) => e.target.select()}
          spellCheck={false}
          data-testid="copy-value"
        />
        <Button onClick={() => void copy()}>Copy</Button>
      </div>
      <p role="status" className="mt-1 min-h-4 text-xs text-slate-600">
        {status}
      </p>
    </div>
  );
}
