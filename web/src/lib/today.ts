const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Today as the user's own calendar says ("2027-03-15"), not the UTC date: east of UTC the UTC
 * date is still yesterday in the morning, and in the Americas it is already tomorrow in the evening.
 */
export function localTodayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
