import { DecisionStatus } from '../decision-status';

/** A decision as the export writes it: its own fields and what its links are called. */
export interface DecisionForFile {
  number: number;
  title: string;
  status: DecisionStatus;
  decidedOn: string | null;
  deciders: string | null;
  context: string;
  decision: string;
  consequences: string;
  supersededBy: { number: number; title: string } | null;
  initiativeKeys: string[];
  goalTitles: string[];
}

/** "0007" for 7: the four digits of ADR numbers and their file names. */
export const paddedNumber = (n: number) => String(n).padStart(4, '0');

/** The title as a file name slug: lower case, ASCII letters and digits between hyphens. */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'decision';
}

/** NNNN-title-slug.md */
export function decisionFileName(decision: { number: number; title: string }): string {
  return `${paddedNumber(decision.number)}-${titleSlug(decision.title)}.md`;
}

function statusLine(decision: DecisionForFile): string {
  const word = decision.status.toLowerCase();
  if (decision.status !== DecisionStatus.SUPERSEDED || !decision.supersededBy) return word;
  const successor = decision.supersededBy;
  return `${word} by [ADR-${paddedNumber(successor.number)}](${decisionFileName(successor)})`;
}

/**
 * One decision as a MADR file, the way log4brains writes them: a "- Key: value" list under the
 * title, then "Context and Problem Statement" and "Decision Outcome" with its "Consequences".
 * Links to Throughline travel as "Initiatives" (keys) and "Goals" (titles, "; " between them).
 */
export function toMadr(decision: DecisionForFile): string {
  const meta = [
    `- Status: ${statusLine(decision)}`,
    decision.deciders && `- Deciders: ${decision.deciders}`,
    decision.decidedOn && `- Date: ${decision.decidedOn}`,
    decision.initiativeKeys.length && `- Initiatives: ${decision.initiativeKeys.join(', ')}`,
    decision.goalTitles.length && `- Goals: ${decision.goalTitles.join('; ')}`,
  ].filter(Boolean);
  const section = (heading: string, body: string) => (body ? `${heading}\n\n${body}\n` : `${heading}\n`);
  return [
    `# ${decision.title}\n`,
    `${meta.join('\n')}\n`,
    section('## Context and Problem Statement', decision.context),
    section('## Decision Outcome', decision.decision),
    section('### Consequences', decision.consequences),
  ].join('\n');
}
