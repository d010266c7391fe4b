import { Menu } from '../../../components/ui/menu';

interface ExportMenuProps {
  onImage: (format: 'png' | 'svg') => void;
  onCsv: () => void;
}

/** Export the view as an image or a spreadsheet, or print it. */
export function ExportMenu({ onImage, onCsv }: ExportMenuProps) {
  return (
    <Menu
      trigger="Export"
      align="end"
      testId="export-menu"
      items={[
        { label: 'PNG image', onSelect: () => onImage('png') },
        { label: 'SVG image', onSelect: () => onImage('svg') },
        { label: 'CSV (spreadsheet)', onSelect: onCsv },
        { label: 'Print…', onSelect: () => window.print() },
      ]}
    />
  );
}
