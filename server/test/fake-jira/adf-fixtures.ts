// Small builders for Atlassian Document Format, and one description written both as ADF
// (what REST returns) and as wiki markup (what the CSV export holds).

import { AdfNode } from '../../src/jira/client/adf-inline';

// A doc node also carries `version`, which the renderer ignores.
type Node = AdfNode & { version?: number };

export const doc = (...content: Node[]): Node => ({ type: 'doc', version: 1, content });
export const p = (...content: Node[]): Node => ({ type: 'paragraph', content });
export const text = (value: string, ...marks: Node[]): Node => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
export const heading = (level: number, ...content: Node[]): Node => ({ type: 'heading', attrs: { level }, content });
export const bullets = (...items: Node[]): Node => ({ type: 'bulletList', content: items });
export const numbered = (order: number, ...items: Node[]): Node => ({ type: 'orderedList', attrs: { order }, content: items });
export const item = (...content: Node[]): Node => ({ type: 'listItem', content });
export const code = (language: string | null, value: string): Node => ({
  type: 'codeBlock',
  attrs: language ? { language } : {},
  content: [text(value)],
});
export const strong: Node = { type: 'strong' };
export const em: Node = { type: 'em' };
export const inlineCode: Node = { type: 'code' };
export const link = (href: string): Node => ({ type: 'link', attrs: { href } });
export const mention = (id: string, name: string): Node => ({ type: 'mention', attrs: { id, text: `@${name}`, accessLevel: '' } });

export const checkoutDescriptionAdf = doc(
  heading(2, text('Why')),
  p(
    text('We are '),
    text('rewriting', strong),
    text(' checkout for '),
    text('speed', em),
    text(' — see '),
    text('the plan', link('https://example.com/plan?a=1&b_c=2')),
    text(' and '),
    text('npm run build', inlineCode),
    text('.'),
  ),
  bullets(item(p(text('Faster pages')), bullets(item(p(text('Under 1 s'))))), item(p(text('Fewer steps')))),
  numbered(1, item(p(text('Measure'))), item(p(text('Ship')))),
  code('typescript', 'const total = items.reduce((a, b) => a + b, 0);'),
);

export const checkoutDescriptionWiki = [
  'h2. Why',
  'We are *rewriting* checkout for _speed_ — see [the plan|https://example.com/plan?a=1&b_c=2] and {{npm run build}}.',
  '',
  '* Faster pages',
  '** Under 1 s',
  '* Fewer steps',
  '',
  '# Measure',
  '# Ship',
  '',
  '{code:typescript}',
  'const total = items.reduce((a, b) => a + b, 0);',
  '{code}',
].join('\n');

export const checkoutDescriptionMarkdown = [
  '## Why',
  '',
  'We are **rewriting** checkout for *speed* — see [the plan](https://example.com/plan?a=1&b_c=2) and `npm run build`.',
  '',
  '- Faster pages',
  '  - Under 1 s',
  '- Fewer steps',
  '',
  '1. Measure',
  '2. Ship',
  '',
  '```typescript',
  'const total = items.reduce((a, b) => a + b, 0);',
  '```',
].join('\n');
