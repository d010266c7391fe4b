import { codeFence } from './adf-to-markdown';
import { wikiInline } from './wiki-inline';

// Jira's CSV export writes descriptions in wiki markup; rendered in the same Markdown as
// adfToMarkdown writes, so an issue read from CSV and from REST reads the same.

interface Block {
  text: string;
  next: number;
}

const LIST_LINE = /^\s*([*#]+|-)\s+(.*)$/;

/** Jira wiki markup (headings, lists, code, quotes, tables, links, emphasis) as Markdown. */
export function wikiToMarkdown(markup: string): string {
  const lines = markup.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(wikiInline(paragraph.join('\n')));
    paragraph = [];
  };
  for (let index = 0; index < lines.length;) {
    const block = readBlock(lines, index);
    if (block) {
      flush();
      blocks.push(block.text);
      index = block.next;
      continue;
    }
    if (lines[index].trim() === '') flush();
    else paragraph.push(lines[index]);
    index++;
  }
  flush();
  return blocks
    .filter((text) => text.trim() !== '')
    .join('\n\n')
    .trim();
}

function readBlock(lines: string[], index: number): Block | undefined {
  const line = lines[index];
  const heading = /^\s*h([1-6])\.\s+(.*)$/.exec(line);
  if (heading) return { text: `${'#'.repeat(Number(heading[1]))} ${wikiInline(heading[2])}`, next: index + 1 };
  if (/^\s*\{(code|noformat)[:}]/.test(line)) return readCode(lines, index);
  if (/^\s*\{quote\}/.test(line)) return readQuote(lines, index);
  const quote = /^\s*bq\.\s+(.*)$/.exec(line);
  if (quote) return { text: `> ${wikiInline(quote[1])}`, next: index + 1 };
  if (/^\s*-{4,}\s*$/.test(line)) return { text: '---', next: index + 1 };
  if (LIST_LINE.test(line)) return readList(lines, index);
  if (/^\s*\|/.test(line)) return readTable(lines, index);
  return undefined;
}

function readCode(lines: string[], index: number): Block {
  const open = /^\s*\{(code|noformat)(?::([^}]*))?\}(.*)$/.exec(lines[index])!;
  const [, tag, options, rest] = open;
  const language = (options ?? '').split('|').find((option) => option && !option.includes('='));
  const closing = `{${tag}}`;
  const body: string[] = [];
  let current = rest;
  let next = index + 1;
  for (;;) {
    const end = current.indexOf(closing);
    if (end >= 0) {
      body.push(current.slice(0, end));
      break;
    }
    body.push(current);
    if (next >= lines.length) break;
    current = lines[next++];
  }
  const code = body.join('\n').replace(/^\n+|\n+$/g, '');
  return { text: codeFence(code, language?.trim()), next };
}

function readQuote(lines: string[], index: number): Block {
  const inner: string[] = [lines[index].replace(/^\s*\{quote\}/, '')];
  let next = index + 1;
  while (next < lines.length && !inner[inner.length - 1].includes('{quote}')) inner.push(lines[next++]);
  const text = wikiToMarkdown(inner.join('\n').replace(/\{quote\}[\s\S]*$/, ''));
  return {
    text: text
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n'),
    next,
  };
}

function readList(lines: string[], index: number): Block {
  const out: string[] = [];
  const counters: number[] = [];
  const widths: number[] = [];
  const kinds: string[] = [];
  let next = index;
  for (; next < lines.length; next++) {
    const item = LIST_LINE.exec(lines[next]);
    // A top-level change between * and # starts another list, as in ADF.
    if (!item || (next > index && item[1].length === 1 && kind(item[1]) !== kinds[0])) break;
    const depth = item[1].length;
    if (kinds[depth - 1] !== kind(item[1])) counters[depth - 1] = 0;
    kinds.length = depth;
    kinds[depth - 1] = kind(item[1]);
    counters.length = depth;
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    const marker = item[1].endsWith('#') ? `${counters[depth - 1]}. ` : '- ';
    widths[depth - 1] = marker.length;
    const indent = ' '.repeat(widths.slice(0, depth - 1).reduce((sum, width) => sum + width, 0));
    out.push(`${indent}${marker}${wikiInline(item[2])}`);
  }
  return { text: out.join('\n'), next };
}

function kind(marker: string): string {
  return marker.endsWith('#') ? 'ordered' : 'bullet';
}

function readTable(lines: string[], index: number): Block {
  const rows: string[][] = [];
  let next = index;
  for (; next < lines.length && /^\s*\|/.test(lines[next]); next++) rows.push(splitCells(lines[next].trim()));
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  const separator = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
  return { text: [line(rows[0]), separator, ...rows.slice(1).map(line)].join('\n'), next };
}

// Header cells are separated by ||, others by |; a [link|with a pipe] is not a separator.
function splitCells(row: string): string[] {
  const separator = row.startsWith('||') ? '||' : '|';
  const body = row.slice(separator.length, row.endsWith(separator) ? -separator.length : undefined);
  const cells: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '[') depth++;
    if (body[i] === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && body.startsWith(separator, i)) {
      cells.push(current);
      current = '';
      i += separator.length - 1;
      continue;
    }
    current += body[i];
  }
  cells.push(current);
  return cells.map((cell) => wikiInline(cell.trim()).replace(/\|/g, '\\|'));
}
