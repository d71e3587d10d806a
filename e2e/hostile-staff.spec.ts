import { expect, test } from '@playwright/test';
import { HOSTILE_INPUTS, type HostileInput } from './fixtures/hostile-inputs';
import { SideServer } from '../scripts/support/side-server';
import { ensureStaff, openE2eDatabase } from './support/database';
import {
  captureSubmission,
  expectInert,
  expectNothingRuns,
  formValue,
  inBatches,
  postAction,
  STAMP,
  staffPage,
  storedOrRefused,
} from './support/hostile-pages';
import { ORIGIN } from './support/origin';
import { manifestActions, type FieldValue } from './support/server-actions';

// Every hostile input through the staff invitation, the set-password link and
// the sign-in form (forged server-action POSTs): never a 500, refused with a
// message or stored clean and inert; a password that is taken signs in.

const UNKNOWN_LINK = 'هذا الرابط غير صالح. تأكد من أنك نسخته كاملًا، أو اطلب رابطًا جديدًا من مدير الموقع.';
const BAD_CREDENTIALS = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const actionNamed = (name: string) => manifestActions().find((action) => action.name === name)!;

test('staff invitations and set-password links refuse or neutralise each hostile input; a password that is taken signs in', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, 'admin');
  await page.goto('/admin/staff');
  const form = page.getByRole('region', { name: 'دعوة عضو جديد' });
  await form.getByLabel('الاسم').fill(`قالب الدعوة ${STAMP}`);
  await form.getByLabel('البريد الإلكتروني').fill(`hostile-template-${STAMP}@newsroom.test`);
  const invite = await captureSubmission(page, () => form.getByRole('button', { name: 'إنشاء الدعوة' }).click());
  await expect(form.getByRole('status')).toHaveText(`أُنشئ حساب قالب الدعوة ${STAMP} ورابط دعوته.`);
  expect(Object.keys(invite.fields).sort()).toEqual(['authorId', 'email', 'name', 'role']);

  let posts = 0;
  const post = async (fields: Record<string, FieldValue>) => (
    posts++,
    (await postAction(page.request, invite.action, { ...invite.fields, ...fields })).state
  );
  const named: HostileInput[] = [];
  const invited: { input: HostileInput; email: string; path: string }[] = [];
  for (const [index, input] of HOSTILE_INPUTS.entries()) {
    const email = `hostile-${STAMP}-${index}@newsroom.test`;
    // As the name: stored (and so shown below), or refused; a refused name is invited again plainly, for the link.
    let answer = await post({ name: formValue(input), email });
    if (storedOrRefused(answer, ['name'], `name: ${input.name}`)) named.push(input);
    else answer = await post({ name: `عضو مدعو ${index}`, email });
    invited.push({ input, email, path: new URL(answer!.link!).pathname });
    // As the address: refused (or stored, and shown below).
    if (
      storedOrRefused(await post({ name: `عضو ${index}`, email: formValue(input) }), ['email'], `email: ${input.name}`)
    )
      named.push(input);
  }
  // Names are shown on the staff page, in the audit log and on each one's set-password page.
  await inBatches(page, [{ path: '/admin/staff' }, { path: '/admin/audit' }], ({ path }, html) =>
    named.forEach((input) => expectInert(html, input, `${path}: ${input.name}`)),
  );
  await inBatches(page, invited, ({ input }, html) => expectInert(html, input, `set-password page: ${input.name}`));
  for (const path of [
    '/admin/staff',
    '/admin/audit',
    ...invited.filter(({ input }) => input.kind === 'markup').map(({ path }) => path),
  ])
    await expectNothingRuns(page, path);

  // Each link takes its input as the password: refused with a message, or set, and then it signs in.
  const [setPassword, signIn] = [actionNamed('setPasswordAction'), actionNamed('signInAction')];
  let passwordsSet = 0;
  for (const { input, email, path } of invited) {
    const visitor = await playwright.request.newContext({ baseURL: ORIGIN });
    try {
      const password = formValue(input);
      const set = await postAction(
        visitor,
        setPassword,
        { token: path.split('/').at(-1)!, password, confirm: password },
        input.name,
      );
      if (set.response.headers()['x-action-redirect']) {
        passwordsSet++;
        const signedIn = await postAction(visitor, signIn, { email, password }, input.name);
        expect(signedIn.response.headers()['x-action-redirect'], `signs in with ${input.name}`).toMatch(
          /^\/admin(?:;|$)/,
        );
      } else {
        expect(storedOrRefused(set.state, ['password', 'confirm'], `password: ${input.name}`)).toBe(false);
      }
      // As the token: an unknown link, or a refused field.
      const forged = (
        await postAction(
          visitor,
          setPassword,
          { token: formValue(input), password: 'a-long-enough-password', confirm: 'a-long-enough-password' },
          input.name,
        )
      ).state;
      expect(
        forged?.message === UNKNOWN_LINK || Object.keys(forged?.fieldErrors ?? {}).join() === 'token',
        `token: ${input.name}: ${JSON.stringify(forged)?.slice(0, 200)}`,
      ).toBe(true);
    } finally {
      await visitor.dispose();
    }
  }
  console.log(
    `staff invite and set-password: ${HOSTILE_INPUTS.length} inputs × 2 invite fields and 2 set-password fields, ${posts} invites, ${named.length} shown on the staff, audit and link pages, ${passwordsSet} passwords set and signed in with`,
  );
});

test('sign-in with a hostile address or password fails with a plain message, never a 500', async ({ request }) => {
  test.setTimeout(90_000);
  // On a server of its own: the failures count against the sign-in throttle.
  const server = await SideServer.create();
  try {
    await server.start();
    const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
    const signIn = { ...actionNamed('signInAction'), path: `${server.base}/admin/sign-in` };
    const attempts = HOSTILE_INPUTS.flatMap((input) => [
      { input, field: 'email', fields: { email: formValue(input), password } },
      { input, field: 'password', fields: { email, password: formValue(input) } },
    ]);
    for (let start = 0; start < attempts.length; start += 4) {
      await Promise.all(
        attempts.slice(start, start + 4).map(async ({ input, field, fields }) => {
          const { response, state } = await postAction(request, signIn, fields, input.name);
          const where = `${field}: ${input.name}`;
          expect(response.headers()['x-action-redirect'], where).toBeUndefined();
          // The one message for a wrong address or password, or a message on the field that is malformed.
          if (state?.message !== BAD_CREDENTIALS) expect(storedOrRefused(state, [field], where), where).toBe(false);
        }),
      );
      // Four at a time stay under the throttle's limits; the count starts again for the next four.
      const db = openE2eDatabase(server.databaseFile);
      db.prepare('delete from sign_in_failures').run();
      db.close();
    }
    expect(server.log(1000)).not.toContain('"event":"request-error"');
    console.log(`sign-in: ${HOSTILE_INPUTS.length} inputs × 2 fields = ${attempts.length} attempts, every one refused`);
  } finally {
    await server.dispose();
  }
});
