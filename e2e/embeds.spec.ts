import { expect, test, type Page } from '@playwright/test';
import { demoArticles } from '../db/seed/demo-articles';
import { FRAME_ORIGINS } from '../lib/embeds/providers';
import { articleIdByTitle, articleIdsByTitle, articleRow } from './support/database';
import { fillStory, signIn } from './support/admin';
import { ORIGIN } from './support/origin';

// Embeds: a placeholder drawn from what the body stores, nothing asked of the
// provider until the reader clicks. The network is closed here, so every
// third-party request is answered by the test (page.route), never the internet.

const SITE = new URL(ORIGIN).origin;
const summit = demoArticles.find((story) => story.key === 'au-climate-finance')!;

/** Every http(s) request the page (and its frames) makes to another origin; each is answered with a stub. */
async function thirdPartyLog(page: Page): Promise<string[]> {
  const log: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== SITE) log.push(request.url());
  });
  await page.route(
    (url) => url.origin !== SITE,
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>player</p>' }),
  );
  return log;
}

test('an embed shows its placeholder and asks nothing of the provider until it is clicked', async ({ page }) => {
  const thirdParty = await thirdPartyLog(page);
  await page.goto(`/news/${articleIdByTitle(summit.title)}`, { waitUntil: 'networkidle' });
  const embed = page.locator('[data-embed-block="youtube"]');
  const play = embed.getByRole('button', { name: /يوتيوب/ });
  await expect(play).toBeVisible();
  await expect(play).toContainText('كلمة رئيس المفوضية في الجلسة الختامية للقمة');
  await expect(embed.getByRole('link', { name: 'افتح على يوتيوب' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=M7lc1UVf-VE',
  );
  await expect(page.locator('iframe')).toHaveCount(0);
  // Scrolled into view and hovered, still nothing: only a click loads the player.
  await play.hover();
  await page.waitForTimeout(300);
  expect(thirdParty).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);

  await play.click();
  const frame = embed.locator('iframe');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&rel=0');
  await expect(frame).toBeFocused();
  await expect.poll(() => thirdParty).toContain('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&rel=0');
  expect(thirdParty.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
});

// The exact list is pinned by tests/embeds.test.ts; here the header must be that list and nothing else.
test("the CSP's frame-src lists exactly the embed providers' players", async ({ request }) => {
  for (const path of [`/news/${articleIdByTitle(summit.title)}`, '/', '/en']) {
    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'];
    const frameSrc = policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .find(([name]) => name === 'frame-src');
    expect(frameSrc?.slice(1), path).toEqual(FRAME_ORIGINS);
  }
});

test('a pasted YouTube link becomes an embed that survives the save and shows on the page', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `مؤتمر صحفي مصوَّر ${Date.now()}`;
  await fillStory(page, title, 'شاهد المؤتمر كاملًا.');
  const editor = page.getByRole('textbox', { name: 'نص الخبر' });
  const paste = (text: string) =>
    editor.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  await editor.press('End');
  await paste('https://youtu.be/dQw4w9WgXcQ?si=tracking123');
  await expect(editor.locator('figure[data-embed="youtube"]')).toHaveAttribute('data-embed-id', 'dQw4w9WgXcQ');
  // A look-alike host is no embed: it stays text.
  await editor.locator('p').first().click();
  await editor.press('End');
  await paste('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ');
  await expect(editor.locator('figure[data-embed]')).toHaveCount(1);
  await expect(editor).toContainText('youtube.com.evil.example');

  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  expect(articleRow(id)!.body).toContain(
    '<figure data-embed="youtube" data-embed-id="dQw4w9WgXcQ" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">',
  );

  // Reopened, the editor shows the block again (it parses what it wrote).
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByRole('textbox', { name: 'نص الخبر' }).locator('figure[data-embed="youtube"]')).toBeVisible();

  const thirdParty = await thirdPartyLog(page);
  await page.goto(`/news/${id}`, { waitUntil: 'networkidle' });
  const play = page.locator('[data-embed-block="youtube"]').getByRole('button', { name: /يوتيوب/ });
  await expect(play).toBeVisible();
  await expect(page.locator('.article-body')).toContainText('youtube.com.evil.example');
  expect(thirdParty).toEqual([]);
  await play.click();
  await expect(page.locator('[data-embed-block="youtube"] iframe')).toHaveAttribute(
    'src',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0',
  );
});
