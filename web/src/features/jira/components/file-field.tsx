import { FieldChrome } from '../../../components/ui/field';

interface FileFieldProps {
  label: string;
  accept: string;
  file: File | null;
  onFile: (file: File | null) => void;
  error?: string;
}

const KB = 1024;
const formatSize = (bytes: number) =>
  bytes < KB * KB ? `${Math.max(1, Math.round(bytes / KB))} KB` : `${(bytes / KB / KB).toFixed(1)} MB`;

/** A labelled native file input (keyboard and screen readers work as usual), styled like the other fields. */
export function FileField({ label, accept, file, onFile, error }: FileFieldProps) {
  return (
    <FieldChrome label={label} error={error} hint={file ? `${file.name}, ${formatSize(file.size)}` : 'Up to 50 MB.'}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="file"
          accept={accept}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          className={`block w-full rounded-md text-sm text-slate-700 ring-1 ring-inset file:mr-3 file:h-9 file:cursor-pointer file:border-0 file:border-r file:border-slate-200 file:bg-slate-50 file:px-3 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${error ? 'ring-rose-400' : 'ring-slate-300'}`}
        />
      )}
    </FieldChrome>
  );
}
