import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { decisionRef } from '../decision-status';
import { importDecisionFiles, type DecisionImportAnswer } from '../api/decision-files';

/** Picks .md files or zips (MADR or Nygard's format) and imports them, then says what happened. */
export function ImportDecisionsButton({ onImported }: { onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<DecisionImportAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    setProblem(null);
    setAnswer(null);
    try {
      setAnswer(await importDecisionFiles(files));
      onImported();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="contents">
      <input
        ref={input}
        type="file"
        multiple
        accept=".md,.zip,text/markdown,application/zip"
        className="sr-only"
        aria-label="Decision files to import"
        data-testid="decision-import-input"
        onChange={(event) => void upload([...(event.target.files ?? [])])}
      />
      <Button busy={busy} onClick={() => input.current?.click()}>
        Import…
      </Button>
      {(answer || problem) && (
        <div role="status" className="basis-full text-sm" data-testid="decision-import-result">
          {problem && <p className="text-rose-700">Nothing was imported: {problem}</p>}
          {answer && (
            <p className="text-slate-700">
              Imported {answer.created.length} decision{answer.created.length === 1 ? '' : 's'}
              {answer.unchanged.length > 0 && `; ${answer.unchanged.length} already there, unchanged`}
              {answer.renumbered.length > 0 &&
                `; renumbered: ${answer.renumbered.map((r) => `${r.fileName} → ${decisionRef(r.to)}`).join(', ')}`}
              .
            </p>
          )}
        </div>
      )}
    </div>
  );
}
