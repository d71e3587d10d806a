import type { Locale } from '@/i18n/routing';

/** One file per area of the product, so each area's strings can be read (and changed) on their own. */
const PARTS = ['site', 'admin', 'staff'] as const;

export async function loadMessages(locale: Locale) {
  const parts = await Promise.all(PARTS.map(async (part) => (await import(`./${locale}/${part}.json`)).default));
  return Object.assign({}, ...parts) as Messages;
}

export type Messages = typeof import('./ar/site.json') &
  typeof import('./ar/admin.json') &
  typeof import('./ar/staff.json');
