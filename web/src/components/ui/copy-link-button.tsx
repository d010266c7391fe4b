import { useState } from 'react';
import { copyToClipboard } from '../../lib/clipboard';
import { Button } from './button';

/** "Copy link" for a url kept out of sight; says in words whether it worked, and links to it when it did not. */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
  const [status, setStatus] = useState<'copied' | 'refused' | null>(null);
  return (
    <span className="inline-flex flex-col items-end">
      <Button
        size="sm"
        variant="ghost"
        className="whitespace-nowrap"
        onClick={() => void copyToClipboard(url).then((ok) => setStatus(ok ? 'copied' : 'refused'))}
      >
        Copy link<span className="sr-only"> {label}</span>
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {status === 'copied' && 'Copied'}
        {status === 'refused' && (
          <a href={url} className="text-indigo-700 underline">
            Open it and copy the address
          </a>
        )}
      </span>
    </span>
  );
}
