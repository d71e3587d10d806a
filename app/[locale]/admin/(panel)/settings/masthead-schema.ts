import { z } from 'zod';
import { httpsLink as socialUrl } from '@/lib/https-link';
import { plainText } from '@/lib/plain-text';

const line = (max: number) => plainText().min(1, 'required').max(max, 'tooLong');

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
