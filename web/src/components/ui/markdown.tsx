import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// Markdown written by users (decision records, check-ins) rendered safely: markdown-it with
// html off turns any raw HTML into visible text and refuses javascript:/vbscript:/data: links;
// DOMPurify then strips whatever a future option or plugin might let through. Nothing the
// author writes can run script or add markup of its own.
const parser = new MarkdownIt({ html: false, linkify: true, breaks: false });

// Links open away from the app and never hand it `window.opener`.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

/** The safe HTML of a Markdown text: what <Markdown> puts in the page. */
export function markdownToSafeHtml(source: string): string {
  return DOMPurify.sanitize(parser.render(source), { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'] });
}

const PROSE = [
  'space-y-2 text-sm leading-6 text-slate-800 break-words',
  '[&_h1]:text-base [&_h1]:font-semibold [&_h2]:text-sm [&_h2]:font-semibold [&_h3]:font-semibold',
  '[&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5',
  '[&_a]:text-indigo-700 [&_a]:underline',
  '[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-xs',
  '[&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2',
  '[&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600',
  '[&_table]:text-left [&_th]:pr-3 [&_td]:pr-3',
].join(' ');

interface MarkdownProps {
  /** Markdown text; raw HTML in it shows as text. */
  source: string;
  className?: string;
  /** Shown (muted) when the text is empty. */
  empty?: string;
}

/** Renders user-written Markdown without raw HTML or script. */
export function Markdown({ source, className = '', empty }: MarkdownProps) {
  const html = useMemo(() => markdownToSafeHtml(source), [source]);
  if (!source.trim()) return empty ? <p className={`text-sm text-slate-500 ${className}`}>{empty}</p> : null;
  // Sanitised above: markdown-it without HTML, then DOMPurify.
  return <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
