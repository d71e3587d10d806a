const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A datetime-local value ("2026-12-03T14:30") spelt out in words for `localeTag`.
 * The value already is newsroom wall time, so it is printed as it stands (read as UTC, printed
 * in UTC) and never shifted into the zone of the browser that shows it. Undefined when incomplete.
 */
export function formatWallTime(value: string, localeTag: string): string | undefined {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return new Intl.DateTimeFormat(localeTag, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(ms);
}
