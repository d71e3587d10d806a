import { eq, sql } from 'drizzle-orm';
import type { PortalDatabase } from '../client';
import { articles, storyNotes } from '../schema';
import { slugify } from '@/lib/text/slug';

type Tx = Parameters<Parameters<PortalDatabase['transaction']>[0]>[0];

const HOUR = 3_600_000;

/** A correction and an update on demo stories (by key), dated an hour after publication or halfway to now. */
const DEMO_NOTES = [
  {
    key: 'wheat-procurement',
    kind: 'correction',
    text: 'ذكرت نسخة سابقة من هذا الخبر أن الكميات الموردة بلغت 3.5 مليون طن، والصحيح 3.8 مليون طن.',
  },
  {
    key: 'gcc-railway',
    kind: 'update',
    text: 'أعلنت الأمانة العامة لمجلس التعاون بعد نشر الخبر أن أول مقطع تجريبي سيُشغَّل مطلع العام المقبل.',
  },
  {
    key: 'en-cbank-rates',
    kind: 'correction',
    text: 'An earlier version of this story gave the overnight lending rate as 24.25%. It is 25.25%.',
  },
] as const;

const EMBARGOED = {
  title: 'تقرير البنك الدولي: توقعات بنمو اقتصادات المنطقة 3.9% العام المقبل',
  excerpt: 'تقرير محظور النشر حتى موعد إعلانه الرسمي: يُظهر كيف يعمل حظر النشر في غرفة الأخبار.',
  body: '<p>يتوقع التقرير، الذي تلقته غرفة الأخبار تحت حظر النشر، نمو اقتصادات المنطقة بنسبة 3.9% العام المقبل.</p>',
};

/**
 * The demo's corrections and updates, and one story under embargo (two days
 * ahead, scheduled for that moment) so the newsroom sees both features at once.
 */
export function seedDemoNotesAndEmbargo(
  tx: Tx,
  ids: { articles: Map<string, number>; economy: number; author: number | undefined },
  now: number,
) {
  for (const note of DEMO_NOTES) {
    const articleId = ids.articles.get(note.key)!;
    const story = tx.select({ at: articles.publishedAt }).from(articles).where(eq(articles.id, articleId)).get()!;
    const at = Math.round(Math.min(story.at! + HOUR, (story.at! + now) / 2));
    tx.insert(storyNotes).values({ articleId, kind: note.kind, text: note.text, at, updatedAt: at }).run();
    tx.update(articles)
      .set({ updatedAt: sql`max(${articles.updatedAt}, ${at})` })
      .where(eq(articles.id, articleId))
      .run();
  }
  const until = Math.ceil((now + 48 * HOUR) / HOUR) * HOUR;
  tx.insert(articles)
    .values({
      ...EMBARGOED,
      slug: slugify(EMBARGOED.title),
      sectionId: ids.economy,
      authorId: ids.author,
      status: 'scheduled',
      publishedAt: until,
      embargoUntil: until,
      createdAt: now,
      updatedAt: now,
    })
    .run();
}
