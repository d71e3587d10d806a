import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { TAG_PAGE_SIZE, tagList } from '@/db/queries/tags';
import { requireStaff } from '@/lib/auth/session';
import { pageCount, parsePageParam } from '@/lib/pagination';
import { localePath, tagPath } from '@/lib/site-url';
import { Pagination } from '@/components/site/pagination';
import { TagsBoard } from '@/components/admin/tags-board';
import { INPUT_CLASS } from '@/components/admin/field';
import { editTagAction } from './edit-tag-action';

const LABELS = ['name', 'rename', 'delete', 'confirmDelete', 'saving', 'view'] as const;

/** One page of tags; which have a reader page depends on the clock, read here rather than while rendering. */
const tagsPage = (text: string, page: number) => tagList({ text: text || undefined, page, now: Date.now() });

/** Every tag with its story count: rename, merge (rename to another tag's name) and delete. */
export default async function TagsPage({ params, searchParams }: PageProps<'/[locale]/admin/tags'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaff(locale, 'tag.manage');
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const query = await searchParams;
  const text = typeof query.q === 'string' ? query.q.trim().slice(0, 60) : '';
  const page = parsePageParam(query.page);
  if (page === null) notFound();
  const { rows, total } = tagsPage(text, page);
  const labels = Object.fromEntries(LABELS.map((key) => [key, t(`tagsBoard.${key}`)])) as Record<
    (typeof LABELS)[number],
    string
  >;
  const stories = (count: number) => t('tagsBoard.stories', { count, n: String(count) });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('tagsBoard.title')}</h1>
      <p className="mb-4 text-sm text-muted">{t('tagsBoard.intro')}</p>
      <form action={localePath(locale, '/admin/tags')} method="get" className="mb-4 flex items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          {t('tagsBoard.search')}
          <input type="search" name="q" defaultValue={text} dir="auto" className={INPUT_CLASS} />
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
          {t('list.filter')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="py-8 text-center text-muted">{t('tagsBoard.empty')}</p>
      ) : (
        <TagsBoard
          edit={editTagAction}
          tags={rows.map((tag) => ({
            id: tag.id,
            name: tag.name,
            slug: tag.slug,
            stories: stories(tag.stories),
            href: tag.readerEdition && localePath(tag.readerEdition, tagPath(tag.slug)),
          }))}
          labels={labels}
        />
      )}
      <Pagination
        locale={locale}
        basePath="/admin/tags"
        page={page}
        totalPages={pageCount(total, TAG_PAGE_SIZE)}
        query={text ? { q: text } : {}}
      />
    </>
  );
}
