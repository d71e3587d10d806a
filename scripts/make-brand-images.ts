// Renders public/logo.png, public/og-default.jpg and the tab icon app/icon.png in Chromium (run once; the
// output is committed). A browser shapes Arabic correctly; image libraries that
// draw text from SVG do not reliably. Replace both files with the paper's own.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { SEED_MASTHEAD } from '../db/seed/seed-article';

const font = path.resolve('node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2');

const page = (width: number, height: number, body: string) => `<!doctype html>
<html lang="ar" dir="rtl"><head><style>
@font-face { font-family: Naskh; src: url(file://${font}) format('woff2'); font-weight: 700; }
html, body { margin: 0; width: ${width}px; height: ${height}px; }
body { font-family: Naskh, sans-serif; font-weight: 700; display: flex; align-items: center; justify-content: center; }
</style></head><body>${body}</body></html>`;

const images = [
  {
    file: 'public/logo.png',
    width: 600,
    height: 60,
    html: `<div style="color:#a4161a;font-size:40px;line-height:60px">${SEED_MASTHEAD.siteNameAr}</div>`,
    omitBackground: true,
  },
  {
    file: 'public/og-default.jpg',
    width: 1200,
    height: 630,
    html: `<div style="position:absolute;inset:0;background:linear-gradient(135deg,#7a1013,#a4161a)"></div>
      <div style="position:relative;text-align:center;color:#fff">
        <div style="font-size:96px;line-height:1.4">${SEED_MASTHEAD.siteNameAr}</div>
        <div style="font-size:40px;opacity:.85">${SEED_MASTHEAD.taglineAr}</div>
      </div>`,
    omitBackground: false,
  },
  {
    // Without an icon, every browser asks for /favicon.ico and logs the 404 as an error.
    file: 'app/icon.png',
    width: 64,
    height: 64,
    html: `<div style="width:64px;height:64px;border-radius:12px;background:#a4161a;color:#fff;font-size:44px;line-height:64px;text-align:center">${SEED_MASTHEAD.siteNameAr.charAt(0)}</div>`,
    omitBackground: true,
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--allow-file-access-from-files'],
});
for (const image of images) {
  const tab = await browser.newPage({ viewport: { width: image.width, height: image.height } });
  await tab.setContent(page(image.width, image.height, image.html), { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  await tab.screenshot({
    path: image.file,
    omitBackground: image.omitBackground,
    ...(image.file.endsWith('.jpg') ? { quality: 85 } : {}),
  });
  console.log('wrote', image.file);
}
await browser.close();
