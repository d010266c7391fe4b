/** Saves a Blob or data URL under a file name through a temporary link. */
export function download(content: Blob | string, fileName: string): void {
  const url = typeof content === 'string' ? content : URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  if (typeof content !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ImageFormat = 'png' | 'svg';

/** Renders an element (the visible timeline) to PNG or SVG; html-to-image loads only when asked. */
export async function exportImage(
  node: HTMLElement,
  format: ImageFormat,
  fileName: string,
  frame: { width: number; height: number; style?: Partial<CSSStyleDeclaration> },
): Promise<void> {
  const { toPng, toSvg } = await import('html-to-image');
  const options = { backgroundColor: '#ffffff', pixelRatio: 2, ...frame };
  const dataUrl = format === 'png' ? await toPng(node, options) : await toSvg(node, options);
  download(dataUrl, `${fileName}.${format}`);
}
