import { Link } from '@/i18n/navigation';
import { revisionsOf } from '@/db/queries/revisions';
import { formatDateTime } from '@/lib/dates';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { revisionDiff } from '@/lib/revision-diff';
import { RestoreRevisionForm } from '@/components/admin/restore-revision-form';
import { RevisionCompare } from '@/components/admin/revision-compare';
import { restoreRevisionAction } from '../../restore-revision-action';
import { staffStoryPage } from '../../../../story-page';

/** Every saved version of a story, newest first; any earlier one can be brought back. */
export default async function RevisionsPage({
  params,
  searchParams,
}: PageProps<'/[locale]/admin/articles/[id]/revisions'>) {
  const [{ locale, t, found }, query] = await Promise.all([staffStoryPage(params), searchParams]);
  const { article } = found;
  const revisions = revisionsOf(article.id);
  // By default the newest version against the one before it; ?from=&to= pick any two.
  const pick = (value: unknown, fallback: (typeof revisions)[number] | undefined) =>
    revisions.find((revision) => String(revision.version) === value) ?? fallback;
  const [older, newer] = [pick(query.from, revisions[1]), pick(query.to, revisions[0])];
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('revisions.title', { title: article.title })}</h1>
        <Link href={`/admin/articles/${article.id}`} className="text-sm font-bold text-brand">
          {t('revisions.back')}
        </Link>
      </div>
      {older && newer && (
        <RevisionCompare
          versions={revisions.map((revision) => revision.version)}
          from={older.version}
          to={newer.version}
          diffs={revisionDiff(older.snapshot, newer.snapshot)}
          labels={{
            title: t('revisionDiff.title'),
            from: t('revisionDiff.from'),
            to: t('revisionDiff.to'),
            compare: t('revisionDiff.compare'),
            legend: t('revisionDiff.legend'),
            same: t('revisionDiff.same'),
            version: (version) => t('revisionDiff.version', { version: String(version) }),
            field: {
              title: t('revisionDiff.field.title'),
              excerpt: t('revisionDiff.field.excerpt'),
              body: t('revisionDiff.field.body'),
            },
          }}
        />
      )}
      <ol className="space-y-4" aria-label={t('revisions.link')}>
        {revisions.map((revision) => (
          <li key={revision.id} className="rounded border border-rule p-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 className="font-bold">
                {t('revisions.entry', {
                  version: String(revision.version),
                  who: revision.savedBy ?? '—',
                  when: formatDateTime(revision.savedAt, locale),
                  status: t(`statuses.${revision.snapshot.status}`),
                })}
              </h2>
              {revision.version === article.version ? (
                <span className="text-sm font-bold text-muted">{t('revisions.current')}</span>
              ) : (
                <RestoreRevisionForm
                  action={restoreRevisionAction}
                  fields={{ id: String(article.id), version: String(article.version), revisionId: String(revision.id) }}
                  label={t('revisions.restore', { version: String(revision.version) })}
                />
              )}
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer" dir="auto">
                {revision.snapshot.title}
              </summary>
              <p className="mt-2 text-muted" dir="auto">
                {revision.snapshot.excerpt}
              </p>
              <div
                className="article-body mt-2"
                dir="auto"
                dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(revision.snapshot.body) }}
              />
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
