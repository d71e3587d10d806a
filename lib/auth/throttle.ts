// Sign-in throttling by growing delays, never by a lock: after a few free
// failures, each further failure for an account (from anywhere) or from an
// address (for any account) doubles the wait before the next password is
// checked, up to MAX_DELAY_MS. A stranger can slow an account down but never
// shut it: its owner waits at most MAX_DELAY_MS, and not at all on a device
// that has signed in before (lib/auth/device-cookie.ts), whose own failures
// are counted instead. The caller refuses early attempts with the wait left
// rather than sleeping, so no request holds a connection while it waits.
export const FAILURE_WINDOW_MS = 60 * 60_000;
export const FREE_FAILURES = { account: 5, address: 20 } as const;
export const FIRST_DELAY_MS = 15_000;
export const MAX_DELAY_MS = 5 * 60_000;
/** A device cookie that fails this often within the window is no longer believed (OWASP's device-cookie lockout). */
export const DEVICE_FAILURE_LIMIT = 5;

/** Failures of one key within the window: how many, and when the latest was. */
export type FailureSummary = { count: number; last: number };

export function throttleKeys(email: string, address: string) {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
}

export const deviceKey = (deviceId: string) => `device:${deviceId}`;

/** The wait a key has earned after `failures` failures. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - free, 20));
}

/** Milliseconds before the next attempt may be checked; 0 when it may be checked now. */
export function waitBeforeAttempt(failures: Record<keyof typeof FREE_FAILURES, FailureSummary>, now: number): number {
  const waits = (Object.keys(FREE_FAILURES) as (keyof typeof FREE_FAILURES)[]).map(
    (kind) => failures[kind].last + delayAfter(failures[kind].count, FREE_FAILURES[kind]) - now,
  );
  return Math.max(0, ...waits);
}
