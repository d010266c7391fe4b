// Inline Jira wiki markup as Markdown: *strong*, _emphasis_, -strike-, +underline+ (dropped), {{monospace}},
// [text|url] links, [~accountid:…] mentions, !images!, {color} and \\ line breaks.

const BEFORE = `(^|[\\s([{>"'])`;
const AFTER = `(?=$|[\\s.,;:!?)\\]}<"'])`;

function emphasis(marker: string, replacement: string): [RegExp, string] {
  const m = `\\${marker}`;
  return [new RegExp(`${BEFORE}${m}(\\S(?:[^${m}\\n]*?\\S)?)${m}${AFTER}`, 'g'), `$1${replacement}$2${replacement}`];
}

const EMPHASIS: Array<[RegExp, string]> = [emphasis('*', '\uE001'), emphasis('_', '*'), emphasis('-', '~~'), emphasis('+', '')];

export function wikiInline(text: string): string {
  const kept: string[] = [];
  const keep = (markdown: string) => `\uE000${kept.push(markdown) - 1}\uE000`;
  let out = text
    .replace(/\{\{([\s\S]*?)\}\}/g, (_, code: string) => keep(codeSpan(code)))
    .replace(/\[([^\]|\n]*)\|([^\]\n]+)\]/g, (_, label: string, href: string) => keep(`[${formatText(label)}](${href.trim()})`))
    .replace(/\[~(?:accountid:)?([^\]\n]+)\]/g, (_, who: string) => keep(`@${who}`))
    .replace(/\[\^[^\]\n]+\]/g, '')
    .replace(/\[((?:https?|mailto):[^\]\s]+)\]/g, (_, href: string) => keep(href))
    .replace(/![^!\s][^!\n]*!/g, '');
  out = formatText(out);
  return out.replace(/\uE000(\d+)\uE000/g, (_, index: string) => kept[Number(index)]);
}

function formatText(text: string): string {
  let out = text.replace(/\{color(?::[^}]*)?\}/g, '').replace(/\\\\/g, '\n');
  for (const [pattern, replacement] of EMPHASIS) out = out.replace(pattern, replacement);
  // Strong is parked on a private-use character so the _emphasis_ pass cannot reread its stars.
  return out.replace(/\uE001/g, '**');
}

function codeSpan(code: string): string {
  return code.includes('`') ? `\`\` ${code} \`\`` : `\`${code}\``;
}
