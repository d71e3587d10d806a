import type { PortalDatabase } from '../client';
import { liveBlogs, liveEntries } from '../schema';
import type { AuthorSlug, DemoImage } from './types';

// The demo's live blog: the Jeddah talks story, followed hour by hour (fictional, like the other demo stories).
// Open, six entries, the latest statement pinned, two key events.
const HOUR = 3_600_000;

type DemoEntry = {
  hoursAgo: number;
  author: AuthorSlug;
  body: string;
  keyEvent?: true;
  pinned?: true;
  image?: DemoImage;
  caption?: string;
};

export const DEMO_LIVE_STORY = 'sudan-jeddah-talks';

const ENTRIES: DemoEntry[] = [
  {
    hoursAgo: 47,
    author: 'youssef-elsharif',
    body: '<p>وصول الوفدين إلى جدة، وبدء الجلسة الافتتاحية للمحادثات بحضور الوسطاء.</p>',
    image: 'diplomacy',
    caption: 'قاعة المحادثات قبيل الجلسة الافتتاحية',
  },
  {
    hoursAgo: 40,
    author: 'youssef-elsharif',
    body: '<p>مصادر مطلعة: الجلسة الأولى تناولت <strong>فتح الممرات الإنسانية</strong> وآلية مراقبة وقف إطلاق النار.</p>',
  },
  {
    hoursAgo: 30,
    author: 'mona-farouk',
    body: '<p>الوسطاء يعلنون اتفاق الطرفين على هدنة إنسانية مدتها 72 ساعة تبدأ منتصف الليل.</p>',
    keyEvent: true,
  },
  {
    hoursAgo: 20,
    author: 'youssef-elsharif',
    body: '<p>منظمات الإغاثة ترحب بالهدنة وتطالب بضمانات لمرور القوافل إلى دارفور وكردفان.</p>',
  },
  {
    hoursAgo: 8,
    author: 'mona-farouk',
    body: '<p>بدء دخول أول قافلة مساعدات عبر الممر المتفق عليه، بحسب بيان للأمم المتحدة.</p>',
    keyEvent: true,
  },
  {
    hoursAgo: 2,
    author: 'youssef-elsharif',
    body: '<p>بيان مشترك للوسطاء: المحادثات مستمرة لتحويل الهدنة إلى وقف دائم لإطلاق النار، والجولة المقبلة غدًا.</p>',
    pinned: true,
  },
];

type Ids = {
  articleIds: Map<string, number>;
  authorIds: Map<string, number>;
  imageIds: Map<string, number>;
};

export function seedDemoLiveBlog(
  tx: Pick<PortalDatabase, 'insert'>,
  { articleIds, authorIds, imageIds }: Ids,
  now: number,
) {
  const articleId = articleIds.get(DEMO_LIVE_STORY)!;
  const at = (hoursAgo: number) => Math.round(now - hoursAgo * HOUR);
  tx.insert(liveBlogs)
    .values({ articleId, startedAt: at(48), version: 1 })
    .run();
  for (const entry of ENTRIES)
    tx.insert(liveEntries)
      .values({
        articleId,
        authorId: authorIds.get(entry.author),
        body: entry.body,
        imageId: entry.image ? imageIds.get(entry.image) : null,
        imageCaption: entry.caption ?? null,
        isKeyEvent: entry.keyEvent ?? false,
        isPinned: entry.pinned ?? false,
        createdAt: at(entry.hoursAgo),
        updatedAt: at(entry.hoursAgo),
      })
      .run();
}
