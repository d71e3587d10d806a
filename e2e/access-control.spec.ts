import fs from 'node:fs';
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';
import {
  ACTION_MATRIX,
  NO_SESSION,
  ROLES,
  ROUTE_MATRIX,
  type Fixtures,
  type MatrixRole,
} from './support/access-matrix';
import { databaseFingerprint, ensureStaff, runSql, sqlValue } from './support/database';
import { ORIGIN } from './support/origin';
import { authOutcome, callAction, manifestActions } from './support/server-actions';

// Direct requests, no clicking: every server action of the build and every
// admin page, for every role, against the table in e2e/support/access-matrix.ts.

const STAMP = Date.now();
/** Whose account each signed-in role uses; the two cut-off sessions get accounts of their own. */
const ACCOUNTS = {
  writer: ['writer', 'writer'],
  editor: ['editor', 'editor'],
  admin: ['admin', 'admin'],
  deactivated: ['editor', 'matrix-deactivated'],
  expired: ['admin', 'matrix-expired'],
} as const;

async function sessions(
  playwright: PlaywrightWorkerArgs['playwright'],
): Promise<Record<MatrixRole, APIRequestContext>> {
  const signIn = manifestActions().find((action) => action.name === 'signInAction')!;
  const contexts = {} as Record<MatrixRole, APIRequestContext>;
  for (const [index, role] of ROLES.entries()) {
    // An address of its own per role: sign-ins count against the address's throttle.
    contexts[role] = await playwright.request.newContext({
      baseURL: ORIGIN,
      extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${40 + index}` },
    });
    if (role === 'anonymous') continue;
    const [accountRole, handle] = ACCOUNTS[role];
    const { email, password } = await ensureStaff(accountRole, { handle });
    runSql('update users set active = 1 where email = ?', email);
    const response = await callAction(contexts[role], signIn, { email, password });
    expect(response.headers()['x-action-redirect'], role).toMatch(/^\/admin;/);
    expect((await contexts[role].get('/admin', { maxRedirects: 0 })).status(), `${role} before the cut`).toBe(200);
  }
  // Cut off from outside the app, after signing in: the live sessions must stop working at once.
  runSql('update users set active = 0 where email = ?', `${ACCOUNTS.deactivated[1]}@newsroom.test`);
  runSql(
    'update sessions set expires_at = ? where user_id = (select id from users where email = ?)',
    Date.now() - 1000,
    `${ACCOUNTS.expired[1]}@newsroom.test`,
  );
  return contexts;
}

function fixtures(): Fixtures {
  const editorId = sqlValue<number>('select id from users where email = ?', 'editor@newsroom.test');
  const sectionId = sqlValue<number>(`select id from sections where slug = 'science-tech'`);
  const draft = (title: string, topRank: number | null) =>
    runSql(
      `insert into articles (language, slug, title, excerpt, body, section_id, status, top_rank, created_by, updated_by, created_at, updated_at)
       values ('ar', ?, ?, '', '<p>نص</p>', ?, 'draft', ?, ?, ?, ?, ?)`,
      `matrix-${title}-${STAMP}`,
      `${title} ${STAMP}`,
      sectionId,
      topRank,
      editorId,
      editorId,
      Date.now(),
      Date.now(),
    );
  const masthead = JSON.parse(
    sqlValue<string>(
      `select json_object('siteNameAr', site_name_ar, 'siteNameEn', site_name_en, 'chairmanAr', chairman_ar, 'chairmanEn', chairman_en,
       'editorInChiefAr', editor_in_chief_ar, 'editorInChiefEn', editor_in_chief_en, 'taglineAr', tagline_ar, 'taglineEn', tagline_en) from site_settings`,
    ),
  ) as Record<string, string>;
  return {
    stamp: STAMP,
    storyId: draft('مسودة محرر', null),
    sectionId,
    emptySectionId: runSql(
      'insert into sections (slug, name_ar, name_en, position) values (?, ?, ?, 99)',
      `matrix-${STAMP}`,
      'قسم فارغ',
      'Empty',
    ),
    pinnedDraftId: draft('مسودة مثبتة', 99),
    tagId: runSql('insert into tags (slug, name) values (?, ?)', `وسم-المصفوفة-${STAMP}`, `وسم المصفوفة ${STAMP}`),
    masthead,
    writerId: sqlValue<number>('select id from users where email = ?', 'writer@newsroom.test'),
  };
}

test('every server action and admin page answers each role as the access matrix says', async ({ playwright }) => {
  test.setTimeout(120_000);
  const actions = manifestActions();
  expect(
    actions.map((action) => action.name).filter((name) => !ACTION_MATRIX.some((row) => row.action === name)),
    'server actions with no row in e2e/support/access-matrix.ts',
  ).toEqual([]);
  expect(
    ACTION_MATRIX.map((row) => row.action).filter((name) => !actions.some((action) => action.name === name)),
    'rows for actions the build does not have',
  ).toEqual([]);
  const adminRoutes = Object.keys(JSON.parse(fs.readFileSync('.next/server/app-paths-manifest.json', 'utf8'))).filter(
    (route) => route.includes('/admin'),
  );
  expect(
    adminRoutes.filter((route) => !ROUTE_MATRIX.some((row) => row.route === route)),
    'admin pages with no row in e2e/support/access-matrix.ts',
  ).toEqual([]);
  expect(
    ROUTE_MATRIX.map((row) => row.route).filter((route) => !adminRoutes.includes(route)),
    'rows for pages the build does not have',
  ).toEqual([]);

  const contexts = await sessions(playwright);
  const fx = fixtures();

  for (const row of ROUTE_MATRIX) {
    for (const role of ROLES) {
      const response = await contexts[role].get(row.path(fx), { maxRedirects: 0 });
      const where = `${role} GET ${row.path(fx)}`;
      if (row.public || row.pages.includes(role)) {
        expect(response.status(), where).toBe(200);
      } else if (NO_SESSION.includes(role)) {
        expect(response.status(), where).toBe(307);
        expect(new URL(response.headers().location, ORIGIN).pathname, where).toBe('/admin/sign-in');
      } else {
        expect(response.status(), where).toBe(404);
      }
    }
  }

  const call = async (row: (typeof ACTION_MATRIX)[number], role: MatrixRole) => {
    const action = actions.find((candidate) => candidate.name === row.action)!;
    const response = await callAction(contexts[role], action, row.fields(fx), row.formOnly ? 'form' : 'state');
    expect(response.status(), `${role} → ${row.action}`).toBe(200);
    return authOutcome(await response.text());
  };
  // Refusals first, while everything they would change is still there to change.
  const before = databaseFingerprint();
  let refused = 0;
  for (const row of ACTION_MATRIX) {
    for (const role of ROLES.filter((candidate) => !row.allowed.includes(candidate))) {
      refused++;
      expect(await call(row, role), `${role} → ${row.action}`).toBe(
        NO_SESSION.includes(role) ? 'signedOut' : 'forbidden',
      );
    }
  }
  expect(databaseFingerprint() === before, 'a refused call changed the database').toBe(true);
  let allowed = 0;
  for (const row of [...ACTION_MATRIX].sort((a, b) => Number(a.endsSession ?? 0) - Number(b.endsSession ?? 0))) {
    for (const role of row.allowed) {
      allowed++;
      expect(await call(row, role), `${role} → ${row.action}`).toBe('passed');
    }
  }
  // The allowed calls did act: the editor deleted the empty section and cleared the pinned draft.
  expect(sqlValue('select count(*) from sections where id = ?', fx.emptySectionId)).toBe(0);
  expect(sqlValue('select top_rank from articles where id = ?', fx.pinnedDraftId)).toBeNull();
  for (const context of Object.values(contexts)) await context.dispose();
  console.log(
    `access matrix: ${ROUTE_MATRIX.length} admin pages × ${ROLES.length} roles = ${ROUTE_MATRIX.length * ROLES.length} requests; ` +
      `${ACTION_MATRIX.length} actions × ${ROLES.length} roles = ${refused} refused + ${allowed} allowed calls`,
  );
});
