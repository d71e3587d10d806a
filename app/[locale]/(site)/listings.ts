import { getTranslations } from 'next-intl/server';
import { getAuthorPage, getSectionPage, getTagPage, getTagRenamedFrom } from '@/lib/cache/reader';
import { authorName, sectionName } from '@/lib/localized';
import { authorPath, sectionPath, tagPath } from '@/lib/site-url';
import { AuthorProfile } from '@/components/site/author-profile';
import { listingRoute } from './listing-route';

export const sectionListing = listingRoute({
  load: getSectionPage,
  title: async (data, locale) => sectionName(data.subject, locale),
  path: (data) => sectionPath(data.subject.slug),
  hasFeed: true,
  showSection: false,
});

export const tagListing = listingRoute({
  load: getTagPage,
  title: async (data, locale) =>
    (await getTranslations({ locale, namespace: 'Listing' }))('tagTitle', { tag: data.subject.name }),
  path: (data) => tagPath(data.subject.slug),
  emptyIsMissing: true,
  movedTo: async (slug) => {
    const now = await getTagRenamedFrom(slug);
    return now === undefined ? undefined : tagPath(now);
  },
});

export const authorListing = listingRoute({
  load: getAuthorPage,
  title: async (data, locale) =>
    (await getTranslations({ locale, namespace: 'Listing' }))('authorTitle', {
      author: authorName(data.subject, locale),
    }),
  path: (data) => authorPath(data.subject.slug),
  intro: (data, locale) => AuthorProfile({ locale, author: data.subject }),
  emptyIsMissing: true,
});
