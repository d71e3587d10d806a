'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { NEW_STORY, storeAutosave } from '@/db/queries/autosaves';
import { claimLock } from '@/db/queries/locks';
import { userById, writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { formatDateTime } from '@/lib/dates';
import { editableStory } from '@/lib/stories/load';
import { AUTOSAVE_MAX_CHARS, editingReportSchema } from './editing-schema';

/**
 * An open story form reports in every few seconds: it stores what has been
 * typed (so closing the tab loses nothing, lock or no lock) and keeps, or on
 * request takes over, the story's edit lock. A lock held by someone else is
 * reported as an error naming them. A form opened on an older version than
 * the stored one is told so, and by whom (a save from it would be refused as
 * a conflict), yourself in another tab included.
 */
export const keepEditingAction = staffAction(
  'article.create',
  editingReportSchema,
  async ({ id, version, takeover, autosave }, user, values) => {
    const t = await getTranslations('AdminErrors');
    const now = Date.now();
    const found = id ? editableStory(id, user) : undefined;
    if (typeof found === 'string') return { status: 'error', message: t(found) };
    const { takeover: _takeover, autosave: _autosave, version: _version, ...fields } = values;
    const stored = autosave && JSON.stringify(fields).length <= AUTOSAVE_MAX_CHARS;
    if (stored) storeAutosave(user.id, id ?? NEW_STORY, fields, now);
    if (id) {
      const claim = claimLock(id, user.id, now, takeover);
      if (!claim.held) return { status: 'error', message: t('lockedBy', { who: claim.holder.name }) };
      if (claim.displaced) writeAudit(user.id, 'take-over', `article:${id}`, { from: claim.displaced.userId });
    }
    const tAdmin = await getTranslations('Admin');
    const locale = (await getLocale()) === 'en' ? 'en' : 'ar';
    const story = found?.article;
    if (story && version && story.version > version) {
      const time = formatDateTime(story.updatedAt, locale);
      return story.updatedBy === user.id
        ? { status: 'success', message: tAdmin('editing.savedElsewhere', { time }) }
        : { status: 'success', message: tAdmin('editing.changedBy', { name: userOf(story.updatedBy), time }) };
    }
    if (takeover) return { status: 'success', message: tAdmin('editing.tookOver') };
    if (!stored) return { status: 'success', message: '' };
    return { status: 'success', message: tAdmin('editing.autosaved', { time: formatDateTime(now, locale) }) };
  },
);

const userOf = (id: number | null) => (id && userById(id)?.name) || '—';
