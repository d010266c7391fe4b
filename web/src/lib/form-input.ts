/** A text box's value as the API takes it: trimmed, and null (none) when blank. */
export function trimmedOrNull(text: string): string | null {
  return text.trim() || null;
}
