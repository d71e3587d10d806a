// Structured logs: one JSON object per line (errors on stderr), for a log
// shipper to index. Callers pass ids, names and outcomes only — never a
// password, session token, e-mail or client address; keys that look like one
// are dropped here as well, in case a caller forgets.
type Level = 'info' | 'warn' | 'error';

const SECRET_KEY = /pass|token|secret|cookie|authorization|email|address/i;

export function logEvent(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const kept = Object.entries(fields).filter(([key, value]) => value !== undefined && !SECRET_KEY.test(key));
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...Object.fromEntries(kept) });
  if (level === 'error') console.error(line);
  else console.log(line);
}

/**
 * A logger for an event anyone can cause (a forged request): the first line at
 * once, then at most one a window, saying how many went unlogged since the last,
 * so a flood costs the log a line a window rather than a line a request.
 */
export function rateLimitedLog(level: Level, event: string, windowMs: number, now: () => number = Date.now) {
  let loggedAt = -Infinity;
  let unlogged = 0;
  return (fields: Record<string, unknown> = {}): void => {
    const at = now();
    if (at - loggedAt < windowMs) {
      unlogged++;
      return;
    }
    logEvent(level, event, { ...fields, unloggedBefore: unlogged || undefined });
    loggedAt = at;
    unlogged = 0;
  };
}
