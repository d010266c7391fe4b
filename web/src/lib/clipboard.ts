/** Writes `text` to the clipboard; false when the browser refuses (an insecure origin, a denied permission). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
