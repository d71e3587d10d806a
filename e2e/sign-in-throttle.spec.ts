import { expect, test } from '@playwright/test';
import { signIn } from '../scripts/support/admin-forms';
import { SideServer } from '../scripts/support/side-server';
import { FAILURE_WINDOW_MS, LIMITS } from '../lib/auth/throttle';
import { ensureStaff, openE2eDatabase } from './support/database';

// Brute force against the real sign-in action, fired in parallel, on servers
// of their own (a locked address would lock the suite's own sign-ins out).
const BAD_CREDENTIALS = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const THROTTLED = 'محاولات كثيرة غير ناجحة. انتظر ربع ساعة ثم حاول مجددًا.';

type Attempt = Awaited<ReturnType<typeof signIn>>;
const outcome = (attempt: Attempt) =>
  attempt.cookie
    ? 'signed in'
    : attempt.text.includes(THROTTLED)
      ? 'throttled'
      : attempt.text.includes(BAD_CREDENTIALS)
        ? 'bad credentials'
        : `HTTP ${attempt.status}`;
const tally = (attempts: Attempt[]) =>
  attempts
    .map(outcome)
    .reduce<Record<string, number>>((counts, name) => ({ ...counts, [name]: (counts[name] ?? 0) + 1 }), {});
const from = (address: string) => ({ 'x-forwarded-for': address });
/** One line for the list reporter: what was sent, how many passwords were checked, how many were refused unchecked. */
function report(what: string, attempts: Attempt[]): string {
  const counts = tally(attempts);
  const line = `${what}: ${attempts.length} parallel guesses sent, ${counts['bad credentials'] ?? 0} checked, ${counts.throttled ?? 0} refused by the throttle`;
  console.log(line);
  return line;
}

test('parallel guesses at one account: only the allowed number is checked, and the lock ends with its window', async () => {
  test.setTimeout(120_000);
  // Behind one trusted proxy, so the test can speak from several addresses.
  const server = await SideServer.create({ TRUST_PROXY: '1' });
  try {
    await server.start();
    const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
    const guesses = 4 * LIMITS.account;
    const attempts = await Promise.all(
      Array.from({ length: guesses }, (_, i) => signIn(server.base, email, `guess-${i}`, from('198.51.100.7'))),
    );
    expect(tally(attempts)).toEqual({ 'bad credentials': LIMITS.account, throttled: guesses - LIMITS.account });
    const summary = report('brute force on one account', attempts);

    const db = openE2eDatabase(server.databaseFile);
    try {
      // Each evaluated guess is recorded before its password check.
      expect(db.prepare(`select count(*) from sign_in_failures where key = ?`).pluck().get(`account:${email}`)).toBe(
        LIMITS.account,
      );
      // The account is locked from everywhere, even with its password…
      expect(outcome(await signIn(server.base, email, password, from('203.0.113.20')))).toBe('throttled');
      // …until the window has passed.
      db.prepare('update sign_in_failures set at = at - ?').run(FAILURE_WINDOW_MS);
    } finally {
      db.close();
    }
    expect(outcome(await signIn(server.base, email, password, from('203.0.113.20')))).toBe('signed in');

    // The logs say what happened without saying who or with what.
    const log = server.log(500);
    const events = log
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string; outcome?: string });
    expect(
      events.filter((event) => event.event === 'sign-in' && event.outcome === 'throttled').length,
    ).toBeGreaterThanOrEqual(guesses - LIMITS.account);
    for (const secret of [email, password, 'guess-1', '198.51.100.7']) expect(log).not.toContain(secret);
    test.info().annotations.push({ type: 'brute force', description: summary });
  } finally {
    await server.dispose();
  }
});

test('without a trusted proxy a forged X-Forwarded-For does not buy more guesses per address', async () => {
  test.setTimeout(120_000);
  const server = await SideServer.create();
  try {
    await server.start();
    const guesses = LIMITS.address + LIMITS.account;
    // A different account and a different claimed address for every guess.
    const attempts = await Promise.all(
      Array.from({ length: guesses }, (_, i) =>
        signIn(server.base, `nobody-${i}@newsroom.test`, 'guess', from(`192.0.2.${i + 1}`)),
      ),
    );
    expect(tally(attempts)).toEqual({ 'bad credentials': LIMITS.address, throttled: guesses - LIMITS.address });
    report('forged addresses', attempts);
  } finally {
    await server.dispose();
  }
});
