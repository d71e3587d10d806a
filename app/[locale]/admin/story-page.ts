import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { requireStaff } from '@/lib/auth/session';
import { editableStory } from '@/lib/stories/load';

/**
 * What every admin page about one story starts with: the signed-in member of
 * staff (or the sign-in page), the admin's words, and the story if it exists
 * and they may edit it; anything else is a 404, as for an address with no story.
 */
export async function staffStoryPage(params: Promise<{ locale: string; id: string }>) {
  const [locale, { id }] = await Promise.all([localeParam(params), params]);
  setRequestLocale(locale);
  if (!/^\d{1,10}$/.test(id)) notFound();
  const [user, t] = await Promise.all([
    requireStaff(locale, 'article.create'),
    getTranslations({ locale, namespace: 'Admin' }),
  ]);
  const found = editableStory(Number(id), user);
  if (typeof found === 'string') notFound();
  return { locale, user, t, found };
}
