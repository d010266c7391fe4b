/** A text box's value as the API takes it: trimmed, and null (none) when blank. */
export function trimmedOrNull(text: string): string | null {
  return text.trim() || null;
}

/** The end of the chosen day where the user is: a token or link "until Friday" works all of Friday. */
export function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59.999`).toISOString();
}

/** Today where the user is, as a date box holds it, to refuse a day already past. */
export function localDateInput(now = new Date()): string {
  return now.toLocaleDateString('en-CA');
}
