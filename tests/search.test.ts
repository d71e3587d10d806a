import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, articleTags, sections, tags } from '@/db/schema';
import { seedArticle } from '@/db/seed/seed-article';
import { slugify } from '@/lib/text/slug';

// A real SQLite file with the FTS5 index built by the migration and kept by triggers.
const temp = useSeededTempDatabase();
const { searchArticles, matchExpression } = await import('@/db/queries/search');
const { renameTag } = await import('@/db/queries/tags');
const { db, now } = temp;
afterAll(() => temp.cleanup());

const search = (query: string, extra: Partial<Parameters<typeof searchArticles>[0]> = {}) =>
  searchArticles({ query, language: 'ar', sort: 'relevance', ...extra }, now, 20, 0);

function addStory(title: string, body: string, status: 'published' | 'draft' | 'unpublished' = 'published') {
  const sectionId = db.select().from(sections).where(eq(sections.slug, 'economy')).get()!.id;
  return db
    .insert(articles)
    .values({
      slug: `s-${Math.random().toString(36).slice(2)}`,
      title,
      body,
      sectionId,
      status,
      publishedAt: now - 60_000,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: articles.id })
    .get().id;
}

describe('Arabic full-text search', () => {
  it('finds the seed article first for «الصين روسيا قمه»', () => {
    const { hits, total } = search('الصين روسيا قمه');
    expect(total).toBeGreaterThan(0);
    expect(hits[0].title).toBe(seedArticle.title);
  });

  it('matches across alef forms: «إستراتيجية» finds «استراتيجية»', () => {
    const id = addStory('خطة استراتيجية جديدة للطاقة', '<p>أعلنت الحكومة خطة استراتيجية.</p>');
    expect(search('إستراتيجية').hits.map((hit) => hit.id)).toContain(id);
  });

  it('ignores diacritics: «مُواتية» finds «مواتية»', () => {
    expect(search('مُواتية').hits.map((hit) => hit.title)).toContain(seedArticle.title);
  });

  it('matches Arabic-Indic digits to Latin ones: «٧٥» finds «75»', () => {
    expect(search('٧٥').hits.map((hit) => hit.title)).toContain(seedArticle.title);
  });

  it('finds a word behind و and بال prefixes', () => {
    const id = addStory('تقرير عن الموانئ', '<p>زيارة بالقاهرة وموسكو.</p>');
    expect(search('موسكو').hits.map((hit) => hit.id)).toContain(id);
    expect(search('القاهرة').hits.map((hit) => hit.id)).toContain(id);
  });

  it('finds a word behind ب, ل and ك: «مراكش» in «بمراكش», «طرابلس» in «ولطرابلس»', () => {
    const id = addStory('وفد يصل بمراكش', '<p>رحلة ولطرابلس وكرئيس وفد.</p>');
    for (const query of ['مراكش', 'طرابلس', 'رئيس'])
      expect(
        search(query).hits.map((hit) => hit.id),
        query,
      ).toContain(id);
  });

  it('treats FTS operator characters as plain text', () => {
    for (const query of [
      '"',
      '*',
      'a:b',
      '-الصين',
      'NEAR(الصين روسيا)',
      '((',
      'الصين OR',
      '^',
      "'; DROP TABLE articles; --",
    ]) {
      expect(() => search(query), query).not.toThrow();
    }
    expect(matchExpression('"*:-()')).toBeNull();
    expect(matchExpression('NEAR(صين')).toBe(
      '({title excerpt body tags} : "near"* OR stems : "near") AND ({title excerpt body tags} : "صين"* OR stems : "صين")',
    );
  });

  it('never shows drafts or unpublished stories, and follows edits and deletes at once', () => {
    const draft = addStory('مسودة عن كوكب زحل', '<p>زحل</p>', 'draft');
    const gone = addStory('خبر عن كوكب زحل', '<p>زحل</p>', 'unpublished');
    expect(search('زحل').hits.map((hit) => hit.id)).not.toContain(draft);
    expect(search('زحل').hits.map((hit) => hit.id)).not.toContain(gone);

    const live = addStory('خبر عن المريخ', '<p>نص</p>');
    expect(search('المريخ').hits.map((hit) => hit.id)).toEqual([live]);
    db.update(articles).set({ title: 'خبر عن عطارد' }).where(eq(articles.id, live)).run();
    expect(search('المريخ').total).toBe(0);
    expect(search('عطارد').hits.map((hit) => hit.id)).toEqual([live]);
    db.delete(articles).where(eq(articles.id, live)).run();
    expect(search('عطارد').total).toBe(0);
  });

  it('finds a story by the name of its tag, and follows the tag being added, renamed, merged and taken off', () => {
    const tagged = addStory('خبر بلا الكلمة في نصه', '<p>نص</p>');
    const [{ id: tagId }] = db.insert(tags).values({ slug: 'kuiper', name: 'حزام كايبر' }).returning().all();
    expect(search('كايبر').total).toBe(0);
    db.insert(articleTags).values({ articleId: tagged, tagId }).run();
    expect(search('كايبر').hits.map((hit) => hit.id)).toEqual([tagged]);
    expect(renameTag(tagId, 'سحابة أورط')).toMatchObject({ outcome: 'renamed' });
    expect(search('كايبر').total).toBe(0);
    expect(search('أورط').hits.map((hit) => hit.id)).toEqual([tagged]);
    const [{ id: twinId }] = db
      .insert(tags)
      .values({ slug: slugify('مذنبات بعيدة'), name: 'مذنبات بعيدة' })
      .returning()
      .all();
    expect(renameTag(tagId, 'مذنبات بعيدة')).toMatchObject({ outcome: 'merged' });
    expect(search('أورط').total).toBe(0);
    expect(search('مذنبات').hits.map((hit) => hit.id)).toEqual([tagged]);
    db.delete(articleTags).where(eq(articleTags.tagId, twinId)).run();
    expect(search('مذنبات').total).toBe(0);
    expect(search('الكلمة').hits.map((hit) => hit.id)).toContain(tagged);
  });

  it('ranks a tag match below a title match', () => {
    const inTitle = addStory('مجرة أندروميدا تقترب', '<p>نص</p>');
    const byTag = addStory('خبر فلكي', '<p>نص</p>');
    const [{ id: tagId }] = db.insert(tags).values({ slug: 'andromeda', name: 'أندروميدا' }).returning().all();
    db.insert(articleTags).values({ articleId: byTag, tagId }).run();
    expect(search('أندروميدا').hits.map((hit) => hit.id)).toEqual([inTitle, byTag]);
  });

  it('finds singulars and plurals of each other through their stems, exact matches first', () => {
    const plural = addStory('رصد ثلاثة كويكبات قريبة', '<p>نص</p>');
    const singular = addStory('رصد كويكب قريب', '<p>نص</p>');
    expect(search('كويكب').hits.map((hit) => hit.id)).toEqual([singular, plural]);
    expect(search('كويكبات').hits.map((hit) => hit.id)).toEqual([plural, singular]);
    const ministers = addStory('اجتماع الوزراء العرب', '<p>نص</p>');
    expect(search('وزير').hits.map((hit) => hit.id)).toContain(ministers);
  });

  it('finds the demo stories the issue named: plurals for singulars', () => {
    const titles = (query: string) => search(query).hits.map((hit) => hit.title);
    expect(titles('محادثة').some((title) => title.startsWith('استئناف المحادثات السودانية في جدة'))).toBe(true);
    expect(search('مؤسسة').total).toBeGreaterThanOrEqual(search('المؤسسات').total);
    expect(search('محطة').total).toBeGreaterThanOrEqual(search('محطات').total);
  });

  it('never stems a name into another word', () => {
    const prince = addStory('زيارة الأمير سعود', '<p>نص</p>');
    const milk = addStory('ارتفاع أسعار الحليب واللبن', '<p>نص</p>');
    const uncle = addStory('حكاية العم والجد', '<p>نص</p>');
    expect(search('السعودية').hits.map((hit) => hit.id)).not.toContain(prince);
    expect(search('لبنان').hits.map((hit) => hit.id)).not.toContain(milk);
    expect(search('عمان').hits.map((hit) => hit.id)).not.toContain(uncle);
    const workers = addStory('إضراب العمال في المصانع', '<p>نص</p>');
    const macron = addStory('ماكرون يزور الجزائر', '<p>نص</p>');
    const cunning = addStory('ثعلب ماكر في الحكاية', '<p>نص</p>');
    expect(search('عمان').hits.map((hit) => hit.id)).not.toContain(workers);
    expect(search('ماكرون').hits.map((hit) => hit.id)).toContain(macron);
    expect(search('ماكرون').hits.map((hit) => hit.id)).not.toContain(cunning);
    expect(search('ماكر').hits.map((hit) => hit.id)).toContain(cunning);
  });

  it('keeps a sport query off the capital’s stories, and a number off its neighbours', () => {
    const riyadh = addStory('مؤتمر في الرياض', '<p>نص</p>');
    const sport = addStory('بطولة رياضية كبرى', '<p>نص</p>');
    const three = addStory('ثلاث ساعات من النقاش', '<p>نص</p>');
    const thirty = addStory('ثلاثون عاما على المعاهدة', '<p>نص</p>');
    const found = (query: string) => search(query).hits.map((hit) => hit.id);
    expect(found('الرياضة')).toContain(sport);
    expect(found('الرياضة')).not.toContain(riyadh);
    expect(found('رياضي')).not.toContain(riyadh);
    expect(found('ثلاثين')).toContain(thirty);
    expect(found('ثلاثين')).not.toContain(three);
    expect(found('ثلاث')).toContain(three);
  });

  it('finds a foreign name however it is spelled', () => {
    const google = addStory('غوغل تطلق خدمة جديدة', '<p>نص</p>');
    const america = addStory('الانتخابات الأميركية', '<p>نص</p>');
    expect(search('جوجل').hits.map((hit) => hit.id)).toEqual([google]);
    expect(search('قوقل').hits.map((hit) => hit.id)).toEqual([google]);
    expect(search('الأمريكية').hits.map((hit) => hit.id)).toContain(america);
    const facebook = addStory('فيسبوك تغير سياستها', '<p>نص</p>');
    const congress = addStory('الكونجرس يصوت على الموازنة', '<p>نص</p>');
    expect(search('فسبوك').hits.map((hit) => hit.id)).toContain(facebook);
    expect(search('الكونغرس').hits.map((hit) => hit.id)).toContain(congress);
  });

  it('reindexes, in migration 0016, the stories an older index read by the old rules', () => {
    const id = addStory('ماكرون يتحدث إلى فسبوك', '<p>نص</p>');
    // The row as the rules before 0016 indexed it: «ماكرون» under the stem «ماكر», «فسبوك» as written.
    db.$client.prepare('DELETE FROM article_search WHERE rowid = ?').run(id);
    db.$client
      .prepare(
        `INSERT INTO article_search(rowid, title, excerpt, body, tags, stems)
         VALUES (?, 'ماكرون يتحدث الي فسبوك', '', 'نص', '', 'ماكر يتحدث الي فسبوك نص')`,
      )
      .run(id);
    const underStem = (stem: string) =>
      db.$client
        .prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?')
        .pluck()
        .all(`stems : "${stem}"`);
    expect(underStem('ماكر')).toContain(id);
    expect(search('فيسبوك').hits.map((hit) => hit.id)).not.toContain(id);
    // Its statements as the migrator runs them (later migrations are applied already).
    const migration = fs.readFileSync('db/migrations/0016_search_stem_rules.sql', 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) db.$client.exec(statement);
    expect(underStem('ماكر')).not.toContain(id);
    expect(underStem('ماكرون')).toContain(id);
    expect(search('فيسبوك').hits.map((hit) => hit.id)).toContain(id);
    db.$client.prepare("INSERT INTO article_search(article_search) VALUES ('integrity-check')").run();
  });

  it('rebuilds, in migration 0021, both indexes by the new rules', () => {
    const id = addStory('أخبار التليفزيون', '<p>نص</p>');
    // A story's rows as the rules before 0021 indexed them: «أخبار» under the stem «اخبار», «التليفزيون» as written.
    for (const [table, columns, values] of [
      ['article_search', 'title, excerpt, body, tags, stems', "'اخبار تليفزيون', '', 'نص', '', 'اخبار تليفزيون نص'"],
      ['headline_search', 'title, excerpt, tags, stems', "'اخبار تليفزيون', '', '', 'اخبار تليفزيون'"],
    ]) {
      db.$client.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(id);
      db.$client.prepare(`INSERT INTO ${table}(rowid, ${columns}) VALUES (?, ${values})`).run(id);
    }
    const inHeadline = (match: string) =>
      db.$client.prepare('SELECT rowid FROM headline_search WHERE headline_search MATCH ?').pluck().all(match);
    expect(search('خبر').hits.map((hit) => hit.id)).not.toContain(id);
    expect(search('تلفزيون').hits.map((hit) => hit.id)).not.toContain(id);
    const migration = fs.readFileSync('db/migrations/0021_search_more_plurals_and_names.sql', 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) db.$client.exec(statement);
    expect(search('خبر').hits.map((hit) => hit.id)).toContain(id);
    expect(search('تلفزيون').hits.map((hit) => hit.id)).toContain(id);
    expect(inHeadline('stems : "خبر"')).toContain(id);
    expect(inHeadline('title : "تلفزيون"')).toContain(id);
    for (const table of ['article_search', 'headline_search'])
      db.$client.prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run();
  });

  it('ranks a title match above a body match, and sorts by newest on request', () => {
    const inBody = addStory('خبر عادي', '<p>ذكر عابر لكلمة نيزك في النص.</p>');
    const inTitle = addStory('نيزك يضيء السماء', '<p>نص الخبر.</p>');
    expect(search('نيزك').hits.map((hit) => hit.id)).toEqual([inTitle, inBody]);
    db.update(articles)
      .set({ publishedAt: now - 10 })
      .where(eq(articles.id, inBody))
      .run();
    expect(search('نيزك', { sort: 'newest' }).hits.map((hit) => hit.id)).toEqual([inBody, inTitle]);
  });

  it('ranks headline matches first, however old, then body-only matches newest first', () => {
    const inTitle = addStory('مذنب هالي يعود', '<p>نص الخبر.</p>');
    // Said four times: ranked by how often the body says it, this story would come before the newer one.
    const olderInBody = addStory('خبر أول', '<p>مذنب يعود، مذنب ساطع، مذنب قريب، مذنب آخر.</p>');
    const newerInBody = addStory('خبر ثان', '<p>رصد مذنب جديد.</p>');
    const stemInTitle = addStory('مذنبات الشتاء', '<p>نص</p>');
    db.update(articles)
      .set({ publishedAt: now - 3_600_000 })
      .where(eq(articles.id, inTitle))
      .run();
    db.update(articles)
      .set({ publishedAt: now - 120_000 })
      .where(eq(articles.id, olderInBody))
      .run();
    const ids = search('مذنب').hits.map((hit) => hit.id);
    expect(ids.indexOf(inTitle)).toBeLessThan(ids.indexOf(newerInBody));
    expect(ids.indexOf(stemInTitle)).toBeLessThan(ids.indexOf(newerInBody));
    expect(ids.slice(-2)).toEqual([newerInBody, olderInBody]);
  });

  it('filters by section and date range', () => {
    const world = db.select().from(sections).where(eq(sections.slug, 'world')).get()!.id;
    const economy = db.select().from(sections).where(eq(sections.slug, 'economy')).get()!.id;
    expect(search('الصين روسيا', { sectionId: world }).hits[0].title).toBe(seedArticle.title);
    expect(search('الصين روسيا قمه', { sectionId: economy }).hits.map((hit) => hit.title)).not.toContain(
      seedArticle.title,
    );
    expect(search('الصين روسيا قمه', { from: now + 1 }).total).toBe(0);
    expect(search('الصين روسيا قمه', { to: now - 30 * 24 * 3_600_000 }).total).toBe(0);
  });
});

describe('the newest-matches window', () => {
  const words = 'نافذة البحث التجريبية';
  const ids = Array.from({ length: 5 }, (_, index) => addStory(`${words} ${index}`, '<p>نص</p>'));
  const run = (offset: number, extra: Partial<Parameters<typeof searchArticles>[0]> = {}) =>
    searchArticles({ query: words, language: 'ar', sort: 'newest', ...extra }, now, 2, offset, 3);

  it('ranks only the newest matches and says there are more', () => {
    const outcome = run(0);
    expect(outcome).toMatchObject({ total: 3, atLeast: true });
    expect(outcome.hits.map((hit) => hit.id).every((id) => ids.slice(2).includes(id))).toBe(true);
  });

  it('searches every match when the window cannot fill the page', () => {
    const deep = run(2);
    expect(deep).toMatchObject({ total: 5, atLeast: false });
    expect(deep.hits).toHaveLength(2);
    expect(run(0, { sectionId: -1 })).toMatchObject({ total: 0, atLeast: false, hits: [] });
  });

  it('is exact when every match fits in it', () => {
    expect(searchArticles({ query: words, language: 'ar', sort: 'newest' }, now, 2, 0, 10)).toMatchObject({
      total: 5,
      atLeast: false,
    });
  });
});
