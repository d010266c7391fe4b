import type { AuditEventFieldsFragment } from '../../gql/graphql';
import { fieldLabel, formatChangeValue } from './format-change';

type Change = AuditEventFieldsFragment['changes'][number];

/** Long values (descriptions) are cut, with the whole in the tooltip. */
function Value({ text, tone }: { text: string; tone: 'before' | 'after' }) {
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  const classes = tone === 'before' ? 'text-slate-600 line-through decoration-slate-400' : 'font-medium text-slate-900';
  return (
    <span className={`break-words ${classes}`} title={short === text ? undefined : text}>
      {short}
    </span>
  );
}

/** Each changed field with its value before → after (only the new value for a creation). */
export function FieldChanges({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-500">No field details.</p>;
  return (
    <dl className="space-y-0.5 text-sm">
      {changes.map((change) => {
        const before = formatChangeValue(change.before);
        const after = formatChangeValue(change.after);
        return (
          <div key={change.field} className="flex flex-wrap items-baseline gap-x-1.5">
            <dt className="text-slate-500">{fieldLabel(change.field)}:</dt>
            <dd className="flex flex-wrap items-baseline gap-x-1.5">
              {before !== null && <Value text={before} tone="before" />}
              {before !== null && after !== null && (
                <>
                  <span aria-hidden className="text-slate-400">
                    →
                  </span>
                  <span className="sr-only">changed to</span>
                </>
              )}
              {after !== null ? <Value text={after} tone="after" /> : <span className="text-slate-500">(removed)</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
