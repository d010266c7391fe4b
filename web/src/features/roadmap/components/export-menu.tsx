import { Popover } from '../../../components/ui/popover';

interface ExportMenuProps {
  onImage: (format: 'png' | 'svg') => void;
  onCsv: () => void;
}

const ITEM = 'block w-full rounded px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-50';

/** Export the view as an image or a spreadsheet, or print it. */
export function ExportMenu({ onImage, onCsv }: ExportMenuProps) {
  return (
    <Popover trigger="Export" align="end" testId="export-menu">
      {(close) => (
        <div className="w-52" role="menu">
          {(
            [
              ['PNG image', () => onImage('png')],
              ['SVG image', () => onImage('svg')],
              ['CSV (spreadsheet)', onCsv],
              ['Print…', () => window.print()],
            ] as const
          ).map(([label, action]) => (
            <button
              key={label}
              type="button"
              role="menuitem"
              className={ITEM}
              onClick={() => {
                close();
                action();
              }}
            >
              {label}
            </button>
          ))}
        </div>
      )}
    </Popover>
  );
}
