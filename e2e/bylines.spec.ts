import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { fillStory, signIn } from './support/admin';
import { articleIdByTitle, sqlValue } from './support/database';

type JsonLdAuthor = { '@type': string; name: string; url: string; image?: string };

async function articleAuthors(page: Page): Promise<JsonLdAuthor[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = blocks
    .flatMap((text) => [JSON.parse(text)].flat())
    .find((item: { author?: unknown }) => Array.isArray(item.author));
  return article.author;
}

const STAMP = Date.now();

test('an editor signs a story with a colleague and a guest writer: page, JSON-LD, feed and author page carry both', async ({
  page,
  request,
}) => {
  const guest = `ليلى ضيفة ${STAMP}`;
  const guestSlug = `layla-guest-${STAMP}`;
  await signIn(page, 'editor');

  // The guest writer: a kind, a bio, a portrait and an https-only website.
  await page.goto('/admin/authors');
  const newWriter = page.getByRole('form', { name: 'كاتب جديد' });
  await newWriter.getByLabel('الاسم بالعربية').fill(guest);
  await newWriter.getByLabel('الاسم بالإنجليزية').fill(`Layla Guest ${STAMP}`);
  await newWriter.getByLabel('الصفة').selectOption({ label: 'كاتب ضيف' });
  await newWriter.getByLabel('الموقع الشخصي').fill('http://layla.example');
  await newWriter.getByLabel('نبذة').fill('أستاذة علوم سياسية تكتب للبوابة ضيفةً.');
  await newWriter.getByLabel('الصورة').selectOption({ index: 1 });
  await newWriter.getByRole('button', { name: 'إضافة الكاتب' }).click();
  const website = newWriter.getByLabel('الموقع الشخصي');
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(newWriter.getByText('اكتب رابطًا كاملًا يبدأ بـ https://.')).toBeVisible();
  await expect(newWriter.getByLabel('نبذة')).toHaveValue('أستاذة علوم سياسية تكتب للبوابة ضيفةً.');
  await website.fill('https://layla.example');
  await newWriter.getByRole('button', { name: 'إضافة الكاتب' }).click();
  await expect(page.getByRole('status')).toHaveText(`أُضيف الكاتب ${guest}.`);
  expect(sqlValue<string>('select kind from authors where slug = ?', guestSlug)).toBe('guest');

  // The story: a first byline, then two co-authors added and reordered from the keyboard.
  const title = `خبر بثلاثة توقيعات ${STAMP}`;
  await fillStory(page, title, 'نص الخبر المشترك.');
  await page.getByLabel('الكاتب', { exact: true }).selectOption({ label: 'خالد منصور' });
  const picker = page.getByLabel('أضف كاتبًا مشاركًا');
  await picker.selectOption({ label: guest });
  await page.getByRole('button', { name: 'إضافة', exact: true }).click();
  await picker.selectOption({ label: 'أميرة سالم' });
  await page.getByRole('button', { name: 'إضافة', exact: true }).press('Enter');
  await page.getByRole('button', { name: 'تقديم: أميرة سالم' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'مشاركون في الكتابة' }).getByRole('listitem')).toHaveText([
    /أميرة سالم/,
    new RegExp(guest),
  ]);
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page).toHaveURL(/done=publish/);
  const id = articleIdByTitle(title);

  // The form reopens with the same list.
  await expect(page.getByRole('list', { name: 'مشاركون في الكتابة' }).getByRole('listitem')).toHaveCount(2);

  await page.goto(`/news/${id}`);
  const bylines = page.getByTestId('bylines');
  await expect(bylines).toHaveText(`بقلم خالد منصور وأميرة سالم و${guest}`);
  await expect(bylines.getByRole('link', { name: guest })).toHaveAttribute('href', `/author/${guestSlug}`);
  await expect(bylines.getByRole('link', { name: 'خالد منصور' })).toHaveAttribute('href', '/author/khaled-mansour');

  const authors = await articleAuthors(page);
  expect(authors.map((author) => [author['@type'], author.name])).toEqual([
    ['Person', 'خالد منصور'],
    ['Person', 'أميرة سالم'],
    ['Person', guest],
  ]);
  expect(authors[2].url).toMatch(new RegExp(`/author/${guestSlug}$`));
  expect(authors[2].image).toMatch(/^https?:\/\/.+\.webp$/);

  const feed = await new Parser<object, { creators: string[] }>({
    customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
  }).parseString(await (await request.get('/rss.xml')).text());
  const item = feed.items.find((entry) => entry.title === title);
  expect(item?.creators).toEqual(['خالد منصور', 'أميرة سالم', guest]);

  await page.goto(`/author/${guestSlug}`);
  const profile = page.getByTestId('author-profile');
  await expect(profile.getByRole('img', { name: `صورة ${guest}` })).toBeVisible();
  await expect(profile).toContainText('أستاذة علوم سياسية تكتب للبوابة ضيفةً.');
  await expect(profile).toContainText('كاتب ضيف');
  await expect(profile.getByRole('link', { name: 'الموقع الشخصي' })).toHaveAttribute('href', 'https://layla.example');
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
});

test('an agency co-signing a story is an Organization in its JSON-LD; a guest’s English page lists her English story', async ({
  page,
}) => {
  const id = sqlValue<number>(
    `select article_id from article_authors join authors on authors.id = article_authors.author_id
     where authors.slug = 'mena-agency' order by article_id limit 1`,
  );
  await page.goto(`/news/${id}`);
  await expect(page.getByTestId('bylines')).toHaveText('بقلم المحرر الإخباري ووكالة أنباء الشرق الأوسط');
  expect((await articleAuthors(page)).map((author) => author['@type'])).toEqual(['Person', 'Organization']);
  await page.goto('/author/mena-agency');
  await expect(page.getByTestId('author-profile')).toContainText('وكالة أنباء');

  await page.goto('/en/author/nadia-haddad');
  const profile = page.getByTestId('author-profile');
  await expect(profile.getByRole('img', { name: 'Photo of Nadia Haddad' })).toBeVisible();
  await expect(profile.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://nadia-haddad.example');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Egyptian start-ups raise/ })
    .click();
  await expect(page.getByTestId('bylines')).toHaveText('By Hala Abdelrahman and Nadia Haddad');
});
