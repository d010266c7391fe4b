import { AdfNode, renderInline } from './adf-inline';

/**
 * An Atlassian Document Format document (a Jira description) as Markdown, readable as plain text.
 * A string (what API v2 or a CSV export gives) is returned trimmed; null/undefined give ''.
 */
export function adfToMarkdown(doc: unknown): string {
  if (doc === null || doc === undefined) return '';
  if (typeof doc === 'string') return doc.trim();
  const node = doc as AdfNode;
  return (node.type === 'doc' ? renderBlocks(node.content) : renderBlock(node)).trim();
}

function renderBlocks(nodes: AdfNode[] = [], separator = '\n\n'): string {
  return nodes
    .map(renderBlock)
    .filter((text) => text.trim() !== '')
    .join(separator);
}

function renderBlock(node: AdfNode): string {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'paragraph':
      return renderInline(node.content);
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(1, Number(attrs.level) || 1)))} ${renderInline(node.content)}`;
    case 'bulletList':
      return renderList(node.content, () => '- ');
    case 'orderedList': {
      const first = Number(attrs.order) || 1;
      return renderList(node.content, (index) => `${first + index}. `);
    }
    case 'taskList':
      return renderList(node.content, (_, item) => (item.attrs?.state === 'DONE' ? '- [x] ' : '- [ ] '));
    case 'decisionList':
      return renderList(node.content, () => '- ');
    case 'codeBlock':
      return codeFence(renderPlain(node.content), attrs.language);
    case 'blockquote':
      return prefixLines(renderBlocks(node.content), '> ');
    case 'rule':
      return '---';
    case 'expand':
    case 'nestedExpand':
      return renderBlocks([titleParagraph(attrs.title), ...(node.content ?? [])]);
    case 'table':
      return renderTable(node.content ?? []);
    case 'blockCard':
    case 'embedCard':
      return String(attrs.url ?? '');
    case 'mediaSingle':
    case 'mediaGroup':
    case 'media':
    case 'extension':
      return '';
    default:
      return renderUnknown(node);
  }
}

// Panels, layouts, bodied extensions and any node type added later: keep their words.
function renderUnknown(node: AdfNode): string {
  if (node.text !== undefined) return node.text;
  const children = node.content ?? [];
  const inline = children.every((child) => child.type === 'text' || child.type === 'hardBreak' || child.type === 'mention');
  return inline ? renderInline(children) : renderBlocks(children);
}

function renderList(items: AdfNode[] = [], marker: (index: number, item: AdfNode) => string): string {
  return items
    .map((item, index) => {
      // ADF lets a task list sit directly inside another one, without an item around it.
      if (item.type.endsWith('List')) return '  ' + indentContinuation(renderBlock(item), 2);
      const prefix = marker(index, item);
      const body = isInlineItem(item) ? renderItemWithInline(item) : renderBlocks(item.content, '\n');
      return prefix + indentContinuation(body, prefix.length);
    })
    .join('\n');
}

// Task and decision items hold inline content directly (plus nested task lists).
function isInlineItem(item: AdfNode): boolean {
  return item.type === 'taskItem' || item.type === 'decisionItem';
}

function renderItemWithInline(item: AdfNode): string {
  const inline = (item.content ?? []).filter((child) => child.type !== 'taskList');
  const nested = (item.content ?? []).filter((child) => child.type === 'taskList');
  return [renderInline(inline), ...nested.map(renderBlock)].filter(Boolean).join('\n');
}

function indentContinuation(text: string, width: number): string {
  const pad = ' '.repeat(width);
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n');
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : prefix + line))
    .join('\n');
}

function renderPlain(nodes: AdfNode[] = []): string {
  return nodes.map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? renderPlain(node.content)))).join('');
}

export function codeFence(code: string, language?: unknown): string {
  const longestRun = Math.max(0, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const lang = typeof language === 'string' && language !== 'none' ? language : '';
  return `${fence}${lang}\n${code.replace(/\n$/, '')}\n${fence}`;
}

function titleParagraph(title: unknown): AdfNode {
  return { type: 'paragraph', content: title ? [{ type: 'text', text: String(title), marks: [{ type: 'strong' }] }] : [] };
}

function renderTable(rows: AdfNode[]): string {
  const cells = rows.map((row) => (row.content ?? []).map((cell) => tableCellText(cell)));
  if (!cells.length) return '';
  const width = Math.max(...cells.map((row) => row.length));
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  const separator = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
  return [line(cells[0]), separator, ...cells.slice(1).map(line)].join('\n');
}

function tableCellText(cell: AdfNode): string {
  return renderBlocks(cell.content, ' ').replace(/\n/g, ' ').replace(/\|/g, '\\|').trim();
}
