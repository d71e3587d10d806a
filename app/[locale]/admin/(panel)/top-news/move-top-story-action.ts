'use server';

import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { moveTopStory, pinTopStory } from '@/db/queries/curation';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { parseNewsroomTime } from '@/lib/dates';
import { plainText } from '@/lib/plain-text';

const schema = z.object({
  articleId: z.coerce.number().int().positive(),
  move: z.enum(['pin', 'up', 'down', 'clear']),
  /** For a pin: when the slot lapses (newsroom time), empty for "until cleared". */
  until: plainText().max(30, 'tooLong').default(''),
});

/** Pins a story into «أهم الأخبار» (with an optional expiry), or reorders or clears a slot; editors and admins. */
export const moveTopStoryAction = staffAction(
  'curation.manage',
  schema,
  async ({ articleId, move, until }, user, values) => {
    const t = await getTranslations('Admin');
    const now = Date.now();
    if (move === 'pin') {
      const lapses = until ? parseNewsroomTime(until) : null;
      if (lapses === undefined || (lapses !== null && lapses <= now)) {
        const message = t('topBoard.badUntil');
        return { status: 'error', message, fieldErrors: { until: message }, values };
      }
      if (!pinTopStory(articleId, lapses, now)) return { status: 'error', message: t('topBoard.notPinnable') };
    } else if (!moveTopStory(articleId, move)) {
      return { status: 'error', message: t('topBoard.notPinned') };
    }
    invalidate({ kind: 'topNews', move });
    writeAudit(user.id, `top-news-${move}`, `article:${articleId}`);
    return { status: 'success', message: t('topBoard.saved') };
  },
);
