import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { STAFF_PAGE_SIZE, staffArticleList } from '@/db/queries/editorial';
import { allAuthors, allSections } from '@/db/queries/site';
import { ARTICLE_STATUSES, type ArticleStatus } from '@/db/schema';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/dates';
import { sectionName } from '@/lib/localized';
import { localePath } from '@/lib/site-url';
import { shownStatus, underEmbargo } from '@/lib/stories/workflow';
import { pageCount, parsePageParam } from '@/lib/pagination';
import { Pagination } from '@/components/site/pagination';
import { INPUT_CLASS } from '@/components/admin/field';
import { returnedNotes, ReviewQueue, ReturnedRow } from './review-list';

/** A scheduled story whose time has come is listed as published; read outside rendering, as it reads the clock. */
const statusNow = (row: Parameters<typeof shownStatus>[0]) => shownStatus(row, Date.now());
const embargoedNow = (row: { embargoUntil: number | null }) => underEmbargo(row, Date.now());

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export default async function ArticleListPage({ params, searchParams }: PageProps<'/[locale]/admin'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const [user, t] = await Promise.all([requireStaff(locale), getTranslations({ locale, namespace: 'Admin' })]);
  const [sections, authors] = [allSections(), allAuthors()];
  const status = ARTICLE_STATUSES.find((candidate) => candidate === one(query.status)) as ArticleStatus | undefined;
  const section = sections.find((candidate) => String(candidate.id) === one(query.section));
  const author = authors.find((candidate) => String(candidate.id) === one(query.author));
  // Writers see their own stories; editors and admins the whole newsroom unless they ask for theirs.
  const mineOnly = !can(user.role, 'article.editAny') || one(query.mine) === 'on';
  const text = (one(query.q) ?? '').slice(0, 200);
  const page = parsePageParam(one(query.page)) ?? 1;
  const { rows, total } = staffArticleList({
    status,
    sectionId: section?.id,
    authorId: author?.id,
    createdBy: mineOnly ? user.id : undefined,
    text: text || undefined,
    page,
  });
  const returned = returnedNotes(rows);
  const carried = Object.fromEntries(
    Object.entries({
      status,
      section: section && String(section.id),
      author: author && String(author.id),
      q: text,
      mine: one(query.mine),
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('list.title')}</h1>
      <form
        action={localePath(locale, '/admin')}
        method="get"
        className="mb-6 flex flex-wrap items-end gap-3 rounded border border-rule p-3"
      >
        <label className="flex flex-col gap-1 text-sm">
          {t('list.search')}
          <input type="search" name="q" defaultValue={text} dir="auto" className={INPUT_CLASS} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t('list.status')}
          <select name="status" defaultValue={status ?? ''} className={INPUT_CLASS}>
            <option value="">{t('list.allStatuses')}</option>
            {ARTICLE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t('list.section')}
          <select name="section" defaultValue={section ? String(section.id) : ''} className={INPUT_CLASS}>
            <option value="">{t('list.allSections')}</option>
            {sections.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {sectionName(candidate, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t('list.author')}
          <select name="author" defaultValue={author ? String(author.id) : ''} className={INPUT_CLASS}>
            <option value="">{t('list.allAuthors')}</option>
            {authors.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="mine" defaultChecked={one(query.mine) === 'on'} /> {t('list.mine')}
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
          {t('list.filter')}
        </button>
      </form>
      <ReviewQueue locale={locale} user={user} />
      <p className="mb-2 text-sm text-muted">{t('list.count', { count: total, n: String(total) })}</p>
      {rows.length === 0 ? (
        <p className="py-8 text-center text-muted">{t('list.empty')}</p>
      ) : (
        // One card per story on a phone (card-table in globals.css).
        <div>
          <table className="card-table w-full text-start text-sm">
            <thead>
              <tr className="border-b-2 border-ink text-start">
                <th className="p-2 text-start">{t('list.headline')}</th>
                <th className="p-2 text-start">{t('list.status')}</th>
                <th className="p-2 text-start">{t('list.section')}</th>
                <th className="p-2 text-start">{t('list.by')}</th>
                <th className="p-2 text-start">{t('list.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-rule">
                  <td className="p-2 font-bold">
                    <Link href={`/admin/articles/${row.id}`} className="hover:text-brand" dir="auto">
                      {row.title}
                    </Link>
                    <ReturnedRow locale={locale} row={row} notes={returned} />
                  </td>
                  <td className="p-2" data-label={t('list.status')}>
                    {t(`statuses.${statusNow(row)}`)}
                    {embargoedNow(row) && (
                      <span className="ms-2 inline-block rounded bg-brand px-2 text-xs font-bold text-white">
                        {t('list.embargoed', { until: formatDateTime(row.embargoUntil!, locale) })}
                      </span>
                    )}
                  </td>
                  <td className="p-2" data-label={t('list.section')}>
                    {sectionName({ nameAr: row.sectionNameAr, nameEn: row.sectionNameEn }, locale)}
                  </td>
                  <td className="p-2" data-label={t('list.by')}>
                    {row.createdByName ?? '—'}
                  </td>
                  <td className="p-2" data-label={t('list.updated')}>
                    {formatDateTime(row.updatedAt, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        locale={locale}
        basePath="/admin"
        page={page}
        totalPages={pageCount(total, STAFF_PAGE_SIZE)}
        query={carried}
      />
    </>
  );
}
