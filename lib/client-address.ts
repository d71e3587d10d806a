// Where a request came from, for sign-in throttling. X-Forwarded-For is
// written by whoever sends the request, so it is believed only as far as the
// operator says proxies of theirs sit in front: TRUST_PROXY=<hops> (e.g. 1
// behind one nginx). Each trusted proxy appends the address it saw, so the
// client is the entry <hops> from the right; entries left of it are the
// client's own claims. With no trusted proxy (the default) the proxy file
// removes the header and Next writes the socket's peer address in its place.

import { env } from './env';

/** For proxy.ts: without a trusted proxy, a client-sent X-Forwarded-For must not reach the app. */
export function forgetUntrustedForwardedFor(headers: Headers, trustedHops = env.TRUST_PROXY): void {
  if (trustedHops === 0) headers.delete('x-forwarded-for');
}

/** The client's address from X-Forwarded-For as it reaches the app (see above). */
export function clientAddress(forwardedFor: string | null, trustedHops = env.TRUST_PROXY): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - Math.max(1, trustedHops))] ?? 'unknown';
}
