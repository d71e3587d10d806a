// Sign-in throttling: after too many failures in a window, an account (from
// any address) or an address (for any account) waits until the window passes.
// The limits are per key, so a locked account does not block other people at
// the same address for long, and an attacker's address does not lock an
// account out from everywhere forever.
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LIMITS = { account: 5, address: 20 } as const;

export function throttleKeys(email: string, address: string) {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
}

export function isThrottled(failures: { account: number; address: number }): boolean {
  return failures.account >= LIMITS.account || failures.address >= LIMITS.address;
}
