import { z } from 'zod';

function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

/**
 * A link to an account or a site: empty (stored as null: none) or a full
 * https:// address. The masthead's accounts and the writers' links share it.
 * Messages are AdminErrors keys.
 */
export const httpsLink = z
  .string()
  .trim()
  .max(300, 'tooLong')
  .refine((value) => value === '' || isHttpsUrl(value), 'httpsUrl')
  .transform((value) => value || null);
