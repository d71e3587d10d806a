import type { PortalDatabase } from '../client';
import { articles, reviewNotes } from '../schema';
import { slugify } from '@/lib/text/slug';

type Tx = Parameters<Parameters<PortalDatabase['transaction']>[0]>[0];

const HOUR = 3_600_000;

const AWAITING = {
  title: 'مسودة للمراجعة: ارتفاع أسعار الذهب في الأسواق المحلية',
  excerpt: 'خبر أرسله كاتبه للمراجعة: يظهر في عدد الأخبار المنتظرة على قائمة المحررين.',
  body: '<p>ارتفعت أسعار الذهب في الأسواق المحلية للأسبوع الثالث على التوالي، بحسب شعبة الذهب في الغرفة التجارية.</p>',
};

const RETURNED = {
  title: 'مسودة أُعيدت للتعديل: خطة جديدة لتطوير الموانئ',
  excerpt: 'خبر أعاده محرر إلى كاتبه بملاحظة: تظهر الملاحظة في القائمة وفي نموذج الخبر حتى يُعاد إرساله.',
  body: '<p>أعلنت هيئة الموانئ خطة لتطوير أرصفة الشحن خلال ثلاث سنوات.</p>',
  note: 'أضف اسم المتحدث باسم الهيئة ومصدر رقم الاستثمارات، ثم أعد إرسال الخبر.',
};

/** Two drafts that show review: one waiting for an editor, one sent back to its writer with a note. */
export function seedDemoReview(tx: Tx, ids: { economy: number; author: number | undefined }, now: number) {
  const story = (words: { title: string; excerpt: string; body: string }, status: 'review' | 'draft') =>
    tx
      .insert(articles)
      .values({
        ...words,
        slug: slugify(words.title),
        sectionId: ids.economy,
        authorId: ids.author,
        status,
        createdAt: now - 3 * HOUR,
        updatedAt: now - 2 * HOUR,
      })
      .returning({ id: articles.id })
      .get().id;
  story(AWAITING, 'review');
  const { note, ...words } = RETURNED;
  const returned = story(words, 'draft');
  tx.insert(reviewNotes)
    .values({ articleId: returned, text: note, sentAt: now - HOUR })
    .run();
}
