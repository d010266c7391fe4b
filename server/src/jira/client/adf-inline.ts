/** The attributes this renderer reads; Jira sends more, and any of them may be missing. */
export interface AdfAttrs {
  text?: string;
  id?: string;
  shortName?: string;
  url?: string;
  href?: string;
  data?: { url?: string };
  timestamp?: string | number;
  level?: number;
  order?: number;
  state?: string;
  language?: string;
  title?: string;
  [name: string]: unknown;
}

export interface AdfMark {
  type: string;
  attrs?: AdfAttrs;
}

export interface AdfNode {
  type: string;
  text?: string;
  attrs?: AdfAttrs;
  marks?: AdfMark[];
  content?: AdfNode[];
}

/** Inline ADF (text with marks, mentions, emoji, cards, dates…) as Markdown. */
export function renderInline(nodes: AdfNode[] = []): string {
  return mergeTextRuns(nodes).map(renderInlineNode).join('');
}

function renderInlineNode(node: AdfNode): string {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text':
      return applyMarks(node.text ?? '', node.marks ?? []);
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const name = String(attrs.text ?? attrs.id ?? '');
      return name.startsWith('@') ? name : `@${name}`;
    }
    case 'emoji':
      return String(attrs.text ?? attrs.shortName ?? '');
    case 'inlineCard':
      return String(attrs.url ?? attrs.data?.url ?? '');
    case 'date':
      return isoDay(attrs.timestamp);
    case 'status':
      return String(attrs.text ?? '');
    case 'mediaInline':
    case 'placeholder':
      return '';
    default:
      return node.text ?? renderInline(node.content);
  }
}

// Jira splits one run of text into several nodes; joined, they need their marks only once.
function mergeTextRuns(nodes: AdfNode[]): AdfNode[] {
  const merged: AdfNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && node.type === 'text' && sameMarks(last.marks, node.marks)) {
      merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') };
    } else {
      merged.push(node);
    }
  }
  return merged;
}

function sameMarks(a: AdfMark[] = [], b: AdfMark[] = []): boolean {
  const key = (marks: AdfMark[]) => JSON.stringify([...marks].sort((x, y) => x.type.localeCompare(y.type)));
  return key(a) === key(b);
}

const WRAPPERS: Array<[string, string]> = [
  ['em', '*'],
  ['strong', '**'],
  ['strike', '~~'],
];

function applyMarks(text: string, marks: AdfMark[]): string {
  if (!marks.length || text.trim() === '') return text;
  // Markdown emphasis must hug the words, so surrounding spaces stay outside the markers.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const has = (type: string) => marks.find((mark) => mark.type === type);
  let out = has('code') ? codeSpan(core) : core;
  for (const [type, marker] of WRAPPERS) if (has(type)) out = `${marker}${out}${marker}`;
  const link = has('link');
  if (link?.attrs?.href) out = `[${out}](${link.attrs.href})`;
  return `${lead}${out}${trail}`;
}

function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return longestRun ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function isoDay(timestamp: unknown): string {
  const ms = Number(timestamp);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
}
