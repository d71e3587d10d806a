import { expect, test } from '@playwright/test';
import { actionFields, submitForm } from '../scripts/support/admin-forms';
import { SideServer } from '../scripts/support/side-server';
import { DEVICE_FAILURE_LIMIT, FREE_FAILURES, MAX_DELAY_MS } from '../lib/auth/throttle';
import { ensureStaff, openE2eDatabase } from './support/database';

// Brute force against the real sign-in action, fired in parallel, on servers
// of their own (a slowed address would slow the suite's own sign-ins).
// Strangers earn growing delays; nobody is locked out, and a browser that
// signed in to the account before is not slowed at all.
const BAD_CREDENTIALS = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const SLOWED = /محاولات كثيرة غير ناجحة\. حاول مجددًا بعد (?:ثانية واحدة|ثانيتين|(\d+) (?:ثوانٍ|ثانية))\./;

const formFields = new Map<string, Promise<Record<string, string>>>();

/** Signs in through the form (its action fields read once per server, so a burst is all posts); what came of it. */
async function attempt(base: string, email: string, password: string, headers: Record<string, string> = {}) {
  const page = `${base}/admin/sign-in`;
  if (!formFields.has(page)) formFields.set(page, actionFields(page, 'password'));
  const response = await submitForm(page, { ...(await formFields.get(page)), email, password }, headers);
  const setCookies = response.headers.getSetCookie();
  const cookie = (name: string) => setCookies.find((line) => line.startsWith(`${name}=`));
  const text = await response.text();
  const slowed = text.match(SLOWED);
  return {
    outcome: cookie('portal_session')
      ? 'signed in'
      : slowed
        ? 'slowed'
        : text.includes(BAD_CREDENTIALS)
          ? 'bad credentials'
          : `HTTP ${response.status}`,
    waitSeconds: slowed ? Number(slowed[1] ?? (slowed[0].includes('ثانيتين') ? 2 : 1)) : 0,
    device: cookie('portal_device'),
  };
}
type Attempt = Awaited<ReturnType<typeof attempt>>;

const tally = (attempts: Attempt[]) =>
  attempts.reduce<Record<string, number>>(
    (counts, { outcome }) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }),
    {},
  );
const from = (address: string, device?: string) => ({
  'x-forwarded-for': address,
  ...(device ? { cookie: device.split(';')[0] } : {}),
});
/** One line for the list reporter: what was sent, how many passwords were checked, how many were told to wait. */
function report(what: string, attempts: Attempt[]): string {
  const counts = tally(attempts);
  const line = `${what}: ${attempts.length} parallel guesses sent, ${counts['bad credentials'] ?? 0} checked, ${counts.slowed ?? 0} told to wait`;
  console.log(line);
  return line;
}

test('a stranger’s guesses slow the account down but never lock its owner out, least of all on a known device', async () => {
  test.setTimeout(180_000);
  // Behind one trusted proxy, so the test can speak from several addresses.
  const server = await SideServer.create({ TRUST_PROXY: '1' });
  try {
    await server.start();
    const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });

    // The owner signs in once at the office: the answer marks this browser, for the admin only.
    const first = await attempt(server.base, email, password, from('203.0.113.20'));
    expect(first.outcome).toBe('signed in');
    const device = first.device!;
    expect(device).toMatch(
      /^portal_device=\d+\.[\w-]{22}\.[\w-]{43}; Path=\/admin; Expires=[^;]+; HttpOnly; SameSite=lax$/i,
    );

    // The stranger: parallel guesses from another address.
    const guesses = 4 * FREE_FAILURES.account;
    const attack = await Promise.all(
      Array.from({ length: guesses }, (_, i) => attempt(server.base, email, `guess-${i}`, from('198.51.100.7'))),
    );
    const summary = report('brute force on one account', attack);
    const checked = tally(attack)['bad credentials'];
    // The free failures are checked; after them each guess must wait for the one before.
    expect(checked).toBeGreaterThanOrEqual(FREE_FAILURES.account);
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES.account + 2);
    expect(tally(attack).slowed).toBe(guesses - checked);

    // The stranger keeps at it: their latest failure is always just now (a busy machine makes the steps below slow).
    const strangerJustTried = () => {
      const db = openE2eDatabase(server.databaseFile);
      try {
        db.prepare('update sign_in_failures set at = ? where key = ?').run(Date.now(), `account:${email}`);
      } finally {
        db.close();
      }
    };

    // The owner on the known device walks straight in, even with a typo first…
    expect((await attempt(server.base, email, 'typo', from('203.0.113.20', device))).outcome).toBe('bad credentials');
    const known = await attempt(server.base, email, password, from('203.0.113.21', device));
    expect(known.outcome).toBe('signed in');
    // …while a new browser is told how long to wait, never more than the cap…
    strangerJustTried();
    const fresh = await attempt(server.base, email, password, from('203.0.113.22'));
    expect(fresh.outcome).toBe('slowed');
    expect(fresh.waitSeconds).toBeGreaterThan(0);
    expect(fresh.waitSeconds).toBeLessThanOrEqual(MAX_DELAY_MS / 1000);
    // …and another account's device cookie buys nothing.
    const { email: otherEmail } = await ensureStaff('writer', { databaseFile: server.databaseFile });
    const other = await attempt(server.base, otherEmail, password, from('203.0.113.23'));
    strangerJustTried();
    expect((await attempt(server.base, email, password, from('203.0.113.23', other.device))).outcome).toBe('slowed');

    // A device cookie that keeps failing is no longer believed: it waits like a stranger.
    const stolen = known.device!;
    for (let i = 0; i < DEVICE_FAILURE_LIMIT; i++)
      expect((await attempt(server.base, email, `stolen-${i}`, from('192.0.2.50', stolen))).outcome).toBe(
        'bad credentials',
      );
    strangerJustTried();
    expect((await attempt(server.base, email, password, from('192.0.2.50', stolen))).outcome).toBe('slowed');

    // Once the wait is over, the new browser gets in: a delay, not a lock.
    const db = openE2eDatabase(server.databaseFile);
    try {
      db.prepare('update sign_in_failures set at = at - ?').run(MAX_DELAY_MS);
    } finally {
      db.close();
    }
    expect((await attempt(server.base, email, password, from('203.0.113.22'))).outcome).toBe('signed in');

    // The logs say what happened without saying who or with what.
    const log = server.log(500);
    const events = log
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string; outcome?: string });
    expect(events.filter((event) => event.event === 'sign-in' && event.outcome === 'slowed').length).toBe(
      guesses - checked + 3,
    );
    for (const secret of [email, password, 'guess-1', '198.51.100.7', device.split(';')[0].split('=')[1]])
      expect(log).not.toContain(secret);
    test.info().annotations.push({ type: 'brute force', description: summary });
  } finally {
    await server.dispose();
  }
});

test('without a trusted proxy a forged X-Forwarded-For buys no guesses, and the server says it is misconfigured', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const server = await SideServer.create();
  try {
    await server.start();
    // `warnings` is there only when there is something to fix.
    const health = async () =>
      ((await (await request.get(`${server.base}/api/health`)).json()) as { warnings?: string[] }).warnings ?? [];
    expect(await health()).toEqual([]);
    // Next fills in X-Forwarded-For itself when none is sent: that is not a proxy.
    for (const path of ['/', '/admin/sign-in']) await (await fetch(`${server.base}${path}`)).arrayBuffer();
    expect(await health()).toEqual([]);
    const guesses = FREE_FAILURES.address + FREE_FAILURES.account;
    // A different account and a different claimed address for every guess.
    const attempts = await Promise.all(
      Array.from({ length: guesses }, (_, i) =>
        attempt(server.base, `nobody-${i}@newsroom.test`, 'guess', from(`192.0.2.${i + 1}`)),
      ),
    );
    const checked = tally(attempts)['bad credentials'];
    expect(checked).toBeGreaterThanOrEqual(FREE_FAILURES.address);
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES.address + 2);
    expect(tally(attempts).slowed).toBe(guesses - checked);
    report('forged addresses', attempts);

    // The proxy noticed the header (one log line, however many requests) and /api/health reports it.
    const warnings = server
      .log(1000)
      .split('\n')
      .filter((line) => line.includes('"event":"untrusted-forwarded-for"'));
    expect(warnings).toHaveLength(1);
    expect(await health()).toEqual([expect.stringContaining('TRUST_PROXY=0')]);
  } finally {
    await server.dispose();
  }
});
