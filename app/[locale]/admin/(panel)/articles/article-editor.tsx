import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { EditableArticle } from '@/db/queries/editorial';
import { recentMedia } from '@/db/queries/media';
import { autosaveOf, NEW_STORY } from '@/db/queries/autosaves';
import { lockHolder } from '@/db/queries/locks';
import { allAuthors, allSections } from '@/db/queries/site';
import type { User } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { intentsFor, mayChooseByline, shownStatus } from '@/lib/stories/workflow';
import { formatDateTime, toNewsroomInput } from '@/lib/dates';
import { localePath } from '@/lib/site-url';
import { sectionName } from '@/lib/localized';
import { bodyImages, editorLabels } from './editor-setup';
import { storyFormDesk } from './story-form-setup';
import { storyPictures } from './story-pictures-setup';
import { ARTICLE_GENRES } from '@/lib/stories/genre';
import { ArticleForm } from '@/components/admin/article-form';
import { EditingSession } from '@/components/admin/editing-session';
import { saveArticleAction } from './save-article-action';
import { keepEditingAction } from './keep-editing-action';

const FORM_LABELS = [
  'title',
  'kicker',
  'excerpt',
  'body',
  'bodyHint',
  'language',
  'slug',
  'slugHint',
  'tags',
  'tagsHint',
  'seoTitle',
  'seoDescription',
  'curation',
  'topRank',
  'topUntil',
  'breakingUntil',
  'publishAt',
  'genre',
] as const;

const INTENT_LABELS = {
  save: 'saveDraft',
  submit: 'submit',
  publish: 'publish',
  schedule: 'schedule',
  unpublish: 'unpublish',
  delete: 'delete',
  recover: 'recover',
} as const;

/** Intents that take a story off the site ask first. */
const CONFIRMED: Partial<Record<keyof typeof INTENT_LABELS, 'confirmDelete' | 'confirmUnpublish'>> = {
  delete: 'confirmDelete',
  unpublish: 'confirmUnpublish',
};

/** The message shown after a save redirects back to the form (?done=<intent>). */
const DONE_NOTICES = {
  save: 'saved',
  submit: 'submitted',
  publish: 'published',
  schedule: 'scheduled',
  unpublish: 'unpublished',
  delete: 'deleted',
  recover: 'recovered',
  restore: 'restored',
} as const;

/**
 * Typing this person left unsaved (newer than the stored story), and who else
 * holds the story's lock. Read outside rendering: a component that read the
 * clock would not be pure.
 */
function editingState(user: User, article: EditableArticle['article'] | undefined) {
  const now = Date.now();
  const autosave = autosaveOf(user.id, article?.id ?? NEW_STORY);
  const unsaved = autosave && (!article || autosave.savedAt > article.updatedAt) ? autosave : undefined;
  const holder = article && lockHolder(article.id, now);
  return {
    unsaved,
    heldBy: holder && holder.userId !== user.id ? holder : undefined,
    status: article ? shownStatus(article, now) : ('new' as const),
  };
}

/**
 * `restoreAutosave`: open with the fields autosaved from this person's last unsaved session.
 * `createKey`: for a new story, the key every try of this form's save carries (see saveArticleAction).
 */
type Props = {
  locale: Locale;
  user: User;
  found?: EditableArticle;
  done?: string;
  restoreAutosave?: boolean;
  createKey?: string;
};

/** The story form with its choices, labels and the buttons this person may press. */
export async function ArticleEditor({ locale, user, found, done, restoreAutosave = false, createKey }: Props) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const article = found?.article;
  const { unsaved, heldBy, status } = editingState(user, article);
  const intents = intentsFor(user, status).map((intent) => ({
    intent,
    label: t(`form.${INTENT_LABELS[intent]}`),
    primary: intent === 'publish',
    confirm: CONFIRMED[intent] && t(`form.${CONFIRMED[intent]}`),
  }));
  const initial: Record<string, string> = article
    ? {
        id: String(article.id),
        version: String(article.version),
        language: article.language,
        title: article.title,
        kicker: article.kicker ?? '',
        excerpt: article.excerpt,
        body: article.body,
        sectionId: String(article.sectionId),
        genre: article.genre,
        authorId: article.authorId ? String(article.authorId) : '',
        coAuthorIds: found.bylines
          .slice(1)
          .map((author) => author.id)
          .join(','),
        slug: article.slug,
        tags: found.tags.map((tag) => tag.name).join('، '),
        leadImageId: article.leadImageId ? String(article.leadImageId) : '',
        leadImageCaption: article.leadImageCaption ?? '',
        leadImageAlt: article.leadImageAlt ?? '',
        seoTitle: article.seoTitle ?? '',
        seoDescription: article.seoDescription ?? '',
        topRank: article.topRank ? String(article.topRank) : '',
        isBreaking: article.isBreaking ? 'on' : '',
        // To the second, as stored: a save must not move a time set elsewhere (the «أهم الأخبار» board).
        publishAt:
          status === 'scheduled' && article.publishedAt ? toNewsroomInput(article.publishedAt, undefined, true) : '',
        topUntil: article.topUntil ? toNewsroomInput(article.topUntil, undefined, true) : '',
        breakingUntil: article.breakingUntil ? toNewsroomInput(article.breakingUntil, undefined, true) : '',
      }
    : { language: locale, authorId: user.authorId ? String(user.authorId) : '', createKey: createKey ?? '' };
  const [sections, authors, images] = [allSections(), allAuthors(), recentMedia()];
  const genres = await genreOptions(locale);
  const tErrors = await getTranslations({ locale, namespace: 'AdminErrors' });
  const labels: Record<string, string> = {
    ...Object.fromEntries(FORM_LABELS.map((key) => [key, t(`form.${key}`)])),
    sectionId: t('form.section'),
    authorId: t('list.author'),
    leadImageId: t('form.leadImage'),
    leadImageCaption: t('form.caption'),
    leadImageAlt: t('form.alt'),
    isBreaking: t('form.breaking'),
    ownByline: t('form.ownByline'),
    statusLine:
      article && status !== 'new'
        ? `${t('form.status', { status: t(`statuses.${status}`) })} · ${t('form.version', { version: String(article.version) })}`
        : '',
  };
  const editHref = article ? `/admin/articles/${article.id}` : '/admin/articles/new';
  return (
    <ArticleForm
      action={saveArticleAction}
      initial={unsaved && restoreAutosave ? { ...initial, ...unsaved.fields } : initial}
      session={
        <EditingSession
          key={`${article?.id}-${article?.version}`}
          report={keepEditingAction}
          articleId={article && String(article.id)}
          version={article && String(article.version)}
          heldBy={heldBy && t('editing.heldBy', { name: heldBy.name, time: formatDateTime(heldBy.since, locale) })}
          labels={{ takeOver: t('editing.takeOver') }}
        />
      }
      unsavedNotice={
        unsaved && !restoreAutosave
          ? {
              text: t('editing.unsaved', { time: formatDateTime(unsaved.savedAt, locale) }),
              restoreLabel: t('editing.restore'),
              restoreHref: localePath(locale, `${editHref}?restore=autosave`),
            }
          : undefined
      }
      labels={labels}
      editorLabels={editorLabels(t)}
      intents={intents}
      desk={storyFormDesk(t, locale, article?.id, images)}
      pictures={storyPictures(t, tErrors, images)}
      canCurate={can(user.role, 'curation.manage')}
      canChooseByline={mayChooseByline(user)}
      bylineLabels={{
        legend: t('bylines.legend'),
        add: t('bylines.add'),
        addButton: t('bylines.addButton'),
        remove: t('bylines.remove'),
        moveUp: t('bylines.moveUp'),
        none: t('bylines.none'),
      }}
      notice={
        done && Object.hasOwn(DONE_NOTICES, done)
          ? t(`form.${DONE_NOTICES[done as keyof typeof DONE_NOTICES]}`)
          : undefined
      }
      options={{
        sections: sections.map((section) => ({ value: String(section.id), label: sectionName(section, locale) })),
        authors: [
          { value: '', label: '—' },
          ...authors.map((author) => ({ value: String(author.id), label: author.name })),
        ],
        bodyImages: bodyImages(images),
        genres,
        languages: [
          { value: 'ar', label: 'العربية' },
          { value: 'en', label: 'English' },
        ],
      }}
    />
  );
}

async function genreOptions(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Genres' });
  return ARTICLE_GENRES.map((genre) => ({ value: genre, label: t(genre) }));
}
