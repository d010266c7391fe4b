import { isIsoDate, LIMITS } from '@throughline/shared';
import { DecisionStatus } from '../decision-status';
import { AdrFileError } from './adr-file-error';

/** One decision record as a file says it, before numbers and links are resolved. */
export interface ParsedAdr {
  fileName: string;
  /** From the file name (0007-…) or a Nygard title ("# 7. …"); null: take the next free one. */
  number: number | null;
  title: string;
  status: DecisionStatus;
  decidedOn: string | null;
  deciders: string | null;
  context: string;
  decision: string;
  consequences: string;
  initiativeKeys: string[];
  goalTitles: string[];
  /** The file (base name, no .md) of the decision that replaced it, when it names one. */
  supersededByRef: string | null;
  /** Files (base names) it replaced, as Nygard's "Supersedes [..](..)" lines say. */
  supersedesRefs: string[];
}

interface Section {
  heading: string;
  rawHeading: string;
  body: string;
}

const STATUS_WORDS: Record<string, DecisionStatus> = {
  draft: DecisionStatus.PROPOSED,
  proposed: DecisionStatus.PROPOSED,
  accepted: DecisionStatus.ACCEPTED,
  rejected: DecisionStatus.REJECTED,
  deprecated: DecisionStatus.DEPRECATED,
  superseded: DecisionStatus.SUPERSEDED,
};

/** Nygard's relation lines in a status section (adr-tools writes them): not the status itself. */
const RELATION = /^(supersedes|superseded by|amends|amended by|clarifies|clarified by)\b/i;
const LINK_TARGET = /\]\(([^)\s]+)\)/;
const FENCE = /^\s*(```|~~~)/;

/** The base name, without folders and `.md`, of a link target. */
export function fileBaseName(path: string): string {
  return decodeURIComponent(path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, '');
}

/** The number a file name starts with (0007-…, at most 5 digits: log4brains' 20240131-… is a date). */
export function numberOfFileName(fileName: string): number | null {
  const match = /^(\d{1,5})-/.exec(fileBaseName(fileName));
  return match && Number(match[1]) > 0 ? Number(match[1]) : null;
}

const cleanHeading = (text: string) => text.replace(/<!--.*?-->/g, '').trim();

/** Front matter (MADR 3+): flat `key: value` lines; lists as [a, b] become "a, b". */
function frontMatter(text: string): { meta: Map<string, string>; rest: string } {
  const meta = new Map<string, string>();
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { meta, rest: text };
  for (const line of match[1].split('\n')) {
    const pair = /^([A-Za-z][\w -]*):\s*(.*)$/.exec(line);
    if (pair)
      meta.set(
        pair[1].trim().toLowerCase(),
        pair[2]
          .replace(/^\[(.*)\]$/, '$1')
          .replace(/^["'](.*)["']$/, '$1')
          .trim(),
      );
  }
  return { meta, rest: text.slice(match[0].length) };
}

/** The title line and the `##` sections, headings inside code fences left alone. */
function splitSections(text: string): { title: string | null; preamble: string; sections: Section[] } {
  let title: string | null = null;
  const preamble: string[] = [];
  const sections: Section[] = [];
  let inFence = false;
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const current = sections[sections.length - 1];
    if (!inFence && title === null && /^#\s+/.test(line)) title = cleanHeading(line.replace(/^#\s+/, ''));
    else if (!inFence && title !== null && /^##\s+/.test(line))
      sections.push({ heading: cleanHeading(line.replace(/^##\s+/, '')), rawHeading: line.trim(), body: '' });
    else if (current) current.body += `${line}\n`;
    else if (title !== null) preamble.push(line);
  }
  return { title, preamble: preamble.join('\n'), sections: sections.map((s) => ({ ...s, body: s.body.trim() })) };
}

/** Known `Key: value` lines of the preamble (MADR's "- Status: …" list, Nygard's "Date: …"), the rest kept as text. */
function preambleMeta(preamble: string, meta: Map<string, string>): string {
  const KNOWN = new Set(['status', 'deciders', 'decision-makers', 'date', 'initiatives', 'goals']);
  const kept: string[] = [];
  for (const line of preamble.split('\n')) {
    const pair = /^\s*(?:[-*]\s+)?\**([A-Za-z][\w -]*?)\**\s*:\**\s*(.*)$/.exec(line);
    const key = pair?.[1].trim().toLowerCase();
    if (pair && key && KNOWN.has(key)) meta.set(key, pair[2].replace(/<!--.*?-->/g, '').trim());
    else kept.push(line);
  }
  return kept.join('\n').trim();
}

function statusOf(fileName: string, text: string): { status: DecisionStatus; supersededByRef: string | null; supersedesRefs: string[] } {
  let status: DecisionStatus | null = null;
  let supersededByRef: string | null = null;
  const supersedesRefs: string[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim().replace(/^[-*]\s+/, ''))
    .filter(Boolean)) {
    const target = LINK_TARGET.exec(line)?.[1];
    if (/^superseded by\b/i.test(line)) {
      status = DecisionStatus.SUPERSEDED;
      supersededByRef = target ? fileBaseName(target) : null;
    } else if (/^supersedes\b/i.test(line)) {
      if (target) supersedesRefs.push(fileBaseName(target));
    } else if (!RELATION.test(line) && status === null) {
      const word = /^[\W_]*([A-Za-z]+)/.exec(line)?.[1].toLowerCase() ?? '';
      status = STATUS_WORDS[word] ?? null;
      if (!status)
        throw new AdrFileError(fileName, `the status "${line.slice(0, 60)}" is not one of ${Object.keys(STATUS_WORDS).join(', ')}`);
    }
  }
  return { status: status ?? DecisionStatus.PROPOSED, supersededByRef, supersedesRefs };
}

type Part = 'context' | 'decision' | 'consequences';

function partOf(heading: string): Part | null {
  if (/^context\b/i.test(heading)) return 'context';
  if (/^decision(\s+outcome)?$/i.test(heading)) return 'decision';
  if (/^consequences\b/i.test(heading)) return 'consequences';
  return null;
}

/** The `### …Consequences` subsections of a decision outcome (MADR puts them there), taken out. */
function splitConsequences(decision: string): { decision: string; consequences: string[] } {
  const kept: string[] = [];
  const consequences: string[] = [];
  let target = kept;
  let inFence = false;
  for (const line of decision.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const sub = !inFence && /^###\s+(.*)$/.exec(line);
    if (sub) {
      const heading = cleanHeading(sub[1]);
      target = /consequences/i.test(heading) ? consequences : kept;
      if (/^consequences$/i.test(heading)) continue;
    }
    target.push(line);
  }
  return { decision: kept.join('\n').trim(), consequences: consequences.length ? [consequences.join('\n').trim()] : [] };
}

function textsOf(preamble: string, sections: Section[]): Record<Part, string> {
  const parts: Record<Part, string[]> = { context: preamble ? [preamble] : [], decision: [], consequences: [] };
  let last: Part = 'context';
  for (const section of sections) {
    const part = partOf(section.heading);
    if (part === 'decision') {
      const outcome = splitConsequences(section.body);
      if (outcome.decision) parts.decision.push(outcome.decision);
      parts.consequences.push(...outcome.consequences);
    } else if (part) {
      if (section.body) parts[part].push(section.body);
    } else parts[last].push(`${section.rawHeading}\n\n${section.body}`.trim());
    last = part ?? last;
  }
  return { context: parts.context.join('\n\n'), decision: parts.decision.join('\n\n'), consequences: parts.consequences.join('\n\n') };
}

const listOf = (value: string | undefined, separator: RegExp) =>
  (value ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

function checked(fileName: string, adr: ParsedAdr): ParsedAdr {
  if (!adr.title) throw new AdrFileError(fileName, 'has no title (a first heading "# Title")');
  if (adr.title.length > LIMITS.title) throw new AdrFileError(fileName, `the title is longer than ${LIMITS.title} characters`);
  if (adr.deciders && adr.deciders.length > LIMITS.owner)
    throw new AdrFileError(fileName, `the deciders are longer than ${LIMITS.owner} characters`);
  for (const part of ['context', 'decision', 'consequences'] as const)
    if (adr[part].length > LIMITS.description)
      throw new AdrFileError(fileName, `the ${part} is longer than ${LIMITS.description} characters`);
  return adr;
}

function dateOf(fileName: string, value: string | undefined): string | null {
  if (!value) return null;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (!date || !isIsoDate(date)) throw new AdrFileError(fileName, `the date "${value.slice(0, 40)}" is not a date YYYY-MM-DD`);
  return date;
}

/**
 * Reads a decision record in MADR (as log4brains writes it: "- Status: …" list or front matter,
 * "Context and Problem Statement", "Decision Outcome" with its consequences) or Nygard's format
 * (as adr-tools writes it: "# 1. Title", "Date: …", "## Status", Context, Decision, Consequences).
 * Sections of neither stay, with their heading, in the part they follow.
 */
export function parseAdr(fileName: string, source: string): ParsedAdr {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { meta, rest } = frontMatter(text);
  const { title: heading, preamble, sections } = splitSections(rest);
  if (heading === null) throw new AdrFileError(fileName, 'has no title (a first heading "# Title")');
  const kept = preambleMeta(preamble, meta);
  const statusSection = sections.find((section) => /^status$/i.test(section.heading));
  const nygard = /^(\d+)\.\s+(.*)$/.exec(heading);
  const prefixed = /^ADR[-\s]?(\d+)\s*[:.-]\s+(.*)$/i.exec(heading);
  const titled = (statusSection && nygard) || prefixed;
  const status = statusOf(fileName, statusSection?.body ?? meta.get('status') ?? '');
  return checked(fileName, {
    fileName,
    number: numberOfFileName(fileName) ?? (titled ? Number(titled[1]) || null : null),
    title: (titled ? titled[2] : heading).trim(),
    ...status,
    decidedOn: dateOf(fileName, meta.get('date')),
    deciders: meta.get('deciders') || meta.get('decision-makers') || null,
    ...textsOf(
      kept,
      sections.filter((section) => section !== statusSection),
    ),
    initiativeKeys: listOf(meta.get('initiatives'), /[,\s]+/).map((key) => key.toUpperCase()),
    goalTitles: listOf(meta.get('goals'), /;/),
  });
}
