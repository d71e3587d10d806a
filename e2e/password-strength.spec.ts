import { expect, test } from '@playwright/test';
import { newToken } from '../lib/auth/token';
import { openE2eDatabase } from './support/database';

// Every password a person chooses goes through an offline strength estimate
// (zxcvbn): a repeat, a common password or the person's own name is refused on
// the field, in the page's language, and the link stays unspent.

/** A new staff member with an unspent invitation; the set-password path. */
function invited(name: string, email: string): string {
  const { token, hash } = newToken();
  const db = openE2eDatabase();
  try {
    const now = Date.now();
    const userId = db
      .prepare(`insert into users (email, name, role, active, created_at) values (?, ?, 'writer', 1, ?) returning id`)
      .pluck()
      .get(email, name, now);
    db.prepare(
      `insert into invitations (token_hash, user_id, purpose, created_at, expires_at) values (?, ?, 'invite', ?, ?)`,
    ).run(hash, userId, now, now + 3_600_000);
  } finally {
    db.close();
  }
  return `/admin/invite/${token}`;
}

test('a guessable password is refused on its field in the page’s language, and a strong one is taken', async ({
  page,
}) => {
  const stamp = Date.now();
  const path = invited('ليلى حسن', `layla.hassan.${stamp}@newsroom.test`);
  const choose = async (
    password: string,
    labels = { password: 'كلمة المرور الجديدة', confirm: 'تأكيد كلمة المرور' },
  ) => {
    await page.getByLabel(labels.password).fill(password);
    await page.getByLabel(labels.confirm).fill(password);
    await page.getByRole('button', { name: /حفظ كلمة المرور والدخول|Save password and sign in/ }).click();
  };
  const WEAK_AR = 'كلمة المرور هذه سهلة التخمين (شائعة أو متوقعة). اختر عبارة أطول من كلمات لا يجمعها شيء.';

  await page.goto(path);
  for (const weak of ['aaaaaaaaaa', 'password123', `layla.hassan.${stamp}`]) {
    // Each refusal shows the same message: wait for this one's answer to be on the page before
    // typing the next, or the form's reset after it would clear what the next try typed.
    const answered = page.waitForResponse((response) => response.request().method() === 'POST');
    await choose(weak);
    await answered;
    await expect(page.getByRole('button', { name: 'حفظ كلمة المرور والدخول' })).toBeEnabled();
    await expect(page.getByText(WEAK_AR), weak).toBeVisible();
    await expect(page.getByLabel('كلمة المرور الجديدة')).toHaveAccessibleDescription(new RegExp(WEAK_AR.slice(0, 20)));
  }

  await page.goto(`/en${path}`);
  await choose('qwertyuiop', { password: 'New password', confirm: 'Confirm password' });
  await expect(
    page.getByText('This password is easy to guess (common or predictable).', { exact: false }),
  ).toBeVisible();

  // The link was not spent by the refusals: a strong password still sets it.
  await page.goto(path);
  await choose('قهوة نافذة مطر برتقال');
  await expect(page).toHaveURL(/\/admin$/);
});
