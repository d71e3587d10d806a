import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { embargoSetterName } from '@/db/queries/embargo';
import type { Article, User } from '@/db/schema';
import { formatDateTime, TIME_ZONE, toNewsroomInput } from '@/lib/dates';
import { mayLiftEmbargo, maySetEmbargo, underEmbargo } from '@/lib/stories/embargo';
import { EmbargoPanel } from '@/components/admin/embargo-panel';
import { liftEmbargoAction } from './lift-embargo-action';
import { setEmbargoAction } from './set-embargo-action';

/** Whether the embargo holds now; read outside rendering, as it reads the clock. */
const holdsNow = (story: Pick<Article, 'embargoUntil'>) => underEmbargo(story, Date.now());

/** The embargo part of a story's edit page: who set it, until when in newsroom time, and what this person may do. */
export async function StoryEmbargo({ locale, user, article }: { locale: Locale; user: User; article: Article }) {
  const t = await getTranslations({ locale, namespace: 'Embargo' });
  const holds = holdsNow(article);
  const state = holds
    ? t('holds', {
        until: formatDateTime(article.embargoUntil!, locale),
        zone: TIME_ZONE,
        who: embargoSetterName(article.embargoSetBy) ?? '—',
      })
    : t('none');
  return (
    <EmbargoPanel
      storyId={String(article.id)}
      state={state}
      holds={holds}
      until={holds ? toNewsroomInput(article.embargoUntil!, undefined, true) : ''}
      setAction={maySetEmbargo(user, article) ? setEmbargoAction : undefined}
      liftAction={mayLiftEmbargo(user) ? liftEmbargoAction : undefined}
      labels={{
        title: t('title'),
        until: t('until'),
        untilHint: t('untilHint', { zone: TIME_ZONE }),
        set: t(holds ? 'extend' : 'setButton'),
        reason: t('reason'),
        lift: t('lift'),
      }}
    />
  );
}
