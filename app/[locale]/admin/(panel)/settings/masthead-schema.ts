import { z } from 'zod';
import { plainText } from '@/lib/plain-text';

const line = (max: number) => plainText().min(1, 'required').max(max, 'tooLong');

function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

/** An account link: empty (stored as null: no account there) or a full https:// address. */
const socialUrl = z
  .string()
  .trim()
  .max(300, 'tooLong')
  .refine((value) => value === '' || isHttpsUrl(value), 'httpsUrl')
  .transform((value) => value || null);

/** The masthead form's rules; messages are AdminErrors keys. */
export const mastheadSchema = z.object({
  siteNameAr: line(120),
  siteNameEn: line(120),
  chairmanAr: line(120),
  chairmanEn: line(120),
  editorInChiefAr: line(120),
  editorInChiefEn: line(120),
  taglineAr: plainText().max(200, 'tooLong'),
  taglineEn: plainText().max(200, 'tooLong'),
  facebookUrl: socialUrl,
  xUrl: socialUrl,
  youtubeUrl: socialUrl,
  instagramUrl: socialUrl,
  telegramUrl: socialUrl,
});
