/** A risk's title: a button that opens it for editing, or plain text for a reader who cannot edit. */
export function RiskTitle({ title, onEdit }: { title: string; onEdit?: () => void }) {
  if (!onEdit) return <span className="font-medium text-slate-900">{title}</span>;
  return (
    <button type="button" onClick={onEdit} className="text-left font-medium text-slate-900 hover:text-indigo-700 hover:underline">
      {title}
    </button>
  );
}
