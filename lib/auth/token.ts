import { createHash, randomBytes } from 'node:crypto';

// Secrets handed to a browser (session cookies, set-password links) are 256
// random bits; the database keeps only their SHA-256, so a leaked table gives
// no usable session or link. Plain SHA-256 suffices: the token is not guessable.

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** The shape newToken() produces (43 base64url characters); anything else is not worth a lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
