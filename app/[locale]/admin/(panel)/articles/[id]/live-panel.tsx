import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Article, User } from '@/db/schema';
import { liveBlogForEditing } from '@/db/queries/live';
import { recentMedia } from '@/db/queries/media';
import { formatDateTime } from '@/lib/dates';
import { mayAddEntry, mayChangeEntry, mayRunBlog, orderEntries } from '@/lib/live-blog/rules';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { LivePanel } from '@/components/admin/live-panel';
import { saveLiveEntryAction } from './save-live-entry-action';
import { changeLiveEntryAction } from './change-live-entry-action';
import { runLiveBlogAction } from './run-live-blog-action';
import { imageLabel } from '@/lib/media/label';
import { bodyImages, editorLabels } from '../editor-setup';

/** The live-blog part of a story's edit page; nothing for a writer on a story that is not a live blog. */
export async function LiveBlogPanel({ locale, user, article }: { locale: Locale; user: User; article: Article }) {
  const live = liveBlogForEditing(article.id);
  const mayRun = !mayRunBlog(user, article);
  if (!live && !mayRun) return null;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const images = recentMedia();
  const ended = live?.blog.endedAt ?? null;
  return (
    <LivePanel
      articleId={article.id}
      blog={live ? { ended: ended !== null } : null}
      mayAdd={!mayAddEntry(user, article, live?.blog)}
      mayRun={mayRun}
      entries={orderEntries(live?.entries ?? []).map((entry) => ({
        id: entry.id,
        updatedAt: entry.updatedAt,
        body: entry.body,
        imageId: entry.image?.id ? String(entry.image.id) : '',
        imageCaption: entry.imageCaption ?? '',
        isKeyEvent: entry.isKeyEvent,
        isPinned: entry.isPinned,
        time: formatDateTime(entry.createdAt, locale),
        author: entry.authorName,
        html: sanitizeArticleHtml(entry.body),
        mayChange: !mayChangeEntry(user, article, entry),
      }))}
      actions={{ run: runLiveBlogAction, save: saveLiveEntryAction, change: changeLiveEntryAction }}
      form={{
        images: [
          { value: '', label: t('live.noImage') },
          ...images.map((image) => ({ value: String(image.id), label: imageLabel(image) })),
        ],
        bodyImages: bodyImages(images),
        labels: {
          body: t('live.body'),
          image: t('live.image'),
          caption: t('live.caption'),
          keyEvent: t('live.keyEvent'),
          cancel: t('live.cancel'),
        },
        editorLabels: editorLabels(t),
      }}
      labels={{
        heading: t('live.heading'),
        intro: t('live.intro'),
        start: t('live.start'),
        end: t('live.end'),
        confirmEnd: t('live.confirmEnd'),
        reopen: t('live.reopen'),
        status: ended === null ? t('live.open') : t('live.endedAt', { when: formatDateTime(ended, locale) }),
        addTitle: t('live.addTitle'),
        add: t('live.add'),
        save: t('live.save'),
        edit: t('live.edit'),
        delete: t('live.delete'),
        confirmDelete: t('live.confirmDelete'),
        pin: t('live.pin'),
        unpin: t('live.unpin'),
        markKey: t('live.markKey'),
        unmarkKey: t('live.unmarkKey'),
        pinned: t('live.pinned'),
        keyEvent: t('live.keyEvent'),
        entries: t('live.entries', { n: String(live?.entries.length ?? 0) }),
        none: t('live.none'),
        endedNotice: t('live.endedNotice'),
      }}
    />
  );
}
