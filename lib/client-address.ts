// Where a request came from, for sign-in throttling. X-Forwarded-For is
// written by whoever sends the request, so it is believed only as far as the
// operator says proxies of theirs sit in front: TRUST_PROXY=<hops> (e.g. 1
// behind one nginx). Each trusted proxy appends the address it saw, so the
// client is the entry <hops> from the right; entries left of it are the
// client's own claims. With no trusted proxy (the default) the proxy file
// removes the header and Next writes the socket's peer address in its place.

import { env } from './env';
import { logEvent } from './log';

// A proxy in front of a server left at TRUST_PROXY=0 makes every client one
// address to the sign-in throttle. By the time proxy.ts runs, Next has already
// filled a missing X-Forwarded-For with the socket's address, so the proxy
// cannot tell a sent header from Next's own: it passes on what it saw, and
// the sign-in page and action compare that with the address Next fills in
// again after the header is dropped. Kept on globalThis: Next may load this
// file as separate module instances in the one process.
const SEEN_HEADER = 'x-portal-forwarded-for-seen';
const FORWARDED_FOR_SEEN = Symbol.for('portal.untrustedForwardedForSeen');
const processState = globalThis as { [FORWARDED_FOR_SEEN]?: boolean };

export const UNTRUSTED_FORWARDED_FOR_WARNING =
  'Requests carry X-Forwarded-For but TRUST_PROXY=0: every client behind your proxy shares one address for the sign-in throttle. Set TRUST_PROXY to the number of your proxies (README, "Configuration").';

/** For proxy.ts: without a trusted proxy, a client-sent X-Forwarded-For must not reach the app. */
export function forgetUntrustedForwardedFor(headers: Headers, trustedHops = env.TRUST_PROXY): void {
  if (trustedHops !== 0) return;
  const seen = headers.get('x-forwarded-for');
  headers.delete('x-forwarded-for');
  // Always set or removed here, so a client cannot send its own.
  if (seen) headers.set(SEEN_HEADER, seen);
  else headers.delete(SEEN_HEADER);
}

/** For the sign-in page and action: the first request whose X-Forwarded-For was not Next's own is logged, once. */
export function noticeForwardedFor(headers: Headers, trustedHops = env.TRUST_PROXY): void {
  if (trustedHops !== 0 || processState[FORWARDED_FOR_SEEN]) return;
  const seen = headers.get(SEEN_HEADER);
  if (!seen || seen === headers.get('x-forwarded-for')) return;
  processState[FORWARDED_FOR_SEEN] = true;
  logEvent('warn', 'untrusted-forwarded-for', { message: UNTRUSTED_FORWARDED_FOR_WARNING });
}

/** What an operator should fix in the settings, as far as this process has seen. */
export function configurationWarnings(): string[] {
  return processState[FORWARDED_FOR_SEEN] ? [UNTRUSTED_FORWARDED_FOR_WARNING] : [];
}

/** The client's address from X-Forwarded-For as it reaches the app (see above). */
export function clientAddress(forwardedFor: string | null, trustedHops = env.TRUST_PROXY): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - Math.max(1, trustedHops))] ?? 'unknown';
}
