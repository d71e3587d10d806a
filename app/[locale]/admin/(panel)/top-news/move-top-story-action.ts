'use server';

import { z } from 'zod';
import { updateTag } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { moveTopStory } from '@/db/queries/curation';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { cacheTags } from '@/lib/cache-tags';

const schema = z.object({ articleId: z.coerce.number().int().positive(), move: z.enum(['up', 'down', 'clear']) });

/** Reorders or clears a slot of «أهم الأخبار»; editors and admins. */
export const moveTopStoryAction = staffAction('curation.manage', schema, async ({ articleId, move }, user) => {
  const t = await getTranslations('Admin');
  if (!moveTopStory(articleId, move)) return { status: 'error', message: t('topBoard.notPinned') };
  for (const tag of [cacheTags.topNews, cacheTags.home, cacheTags.feeds]) updateTag(tag);
  writeAudit(user.id, `top-news-${move}`, `article:${articleId}`);
  return { status: 'success', message: t('topBoard.saved') };
});
