// Who may call which server action and open which admin page: one row each,
// read by e2e/access-control.spec.ts, which fails when Next's build has an
// action or an admin page with no row here. Adding an action = adding a row.
// Every action that gets through writes the audit log, so a refused call that
// slipped through would show in the spec's database fingerprint.

export const ROLES = ['anonymous', 'writer', 'editor', 'admin', 'deactivated', 'expired'] as const;
export type MatrixRole = (typeof ROLES)[number];

/** Roles with no live session: the deactivated user is an editor, the expired session an admin's. */
export const NO_SESSION: readonly MatrixRole[] = ['anonymous', 'deactivated', 'expired'];
const EVERYONE = ROLES;
const STAFF: readonly MatrixRole[] = ['writer', 'editor', 'admin'];
const EDITORS: readonly MatrixRole[] = ['editor', 'admin'];
const ADMINS: readonly MatrixRole[] = ['admin'];

/** Data the rows point at, made fresh for each run by the spec. */
export type Fixtures = {
  stamp: number;
  /** A draft of the editor's: not the writer's to open. */
  storyId: number;
  sectionId: number;
  /** Renamed, then deleted. */
  emptySectionId: number;
  /** A draft pinned to the end of «أهم الأخبار», to be cleared. */
  pinnedDraftId: number;
  masthead: Record<string, string>;
  /** A tag of no story, renamed by the tag action. */
  tagId: number;
  /** The writer's account, for the staff actions. */
  writerId: number;
};

export type ActionRow = {
  /** The export name, as Next's server-reference manifest has it. */
  action: string;
  /** Roles the auth layer lets through; every other role must be refused with no database change. */
  allowed: readonly MatrixRole[];
  /** A request that changes the database when let through. */
  fields: (fx: Fixtures) => Record<string, string>;
  /** `(formData)` instead of useActionState's `(state, formData)`. */
  formOnly?: true;
  /** Ends the caller's session: run last. */
  endsSession?: true;
};

export const ACTION_MATRIX: ActionRow[] = [
  {
    action: 'signInAction',
    allowed: EVERYONE,
    fields: (fx) => ({ email: `matrix-nobody-${fx.stamp}@newsroom.test`, password: 'wrong' }),
  },
  { action: 'signOutAction', allowed: EVERYONE, fields: () => ({}), formOnly: true, endsSession: true },
  {
    action: 'saveArticleAction',
    allowed: STAFF,
    fields: (fx) => ({
      intent: 'save',
      language: 'ar',
      sectionId: String(fx.sectionId),
      title: `مسودة مصفوفة الصلاحيات ${fx.stamp}`,
      excerpt: '',
      body: '<p>نص</p>',
    }),
  },
  {
    action: 'saveSectionAction',
    allowed: EDITORS,
    fields: (fx) => ({
      id: String(fx.emptySectionId),
      slug: '',
      nameAr: `قسم المصفوفة ${fx.stamp}`,
      nameEn: `Matrix ${fx.stamp}`,
    }),
  },
  {
    action: 'arrangeSectionAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.emptySectionId), move: 'delete' }),
  },
  {
    action: 'editTagAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.tagId), intent: 'rename', name: `وسم المصفوفة ${fx.stamp}` }),
  },
  {
    action: 'saveAuthorAction',
    allowed: EDITORS,
    fields: (fx) => ({ name: `كاتب المصفوفة ${fx.stamp}`, nameEn: `Matrix writer ${fx.stamp}` }),
  },
  {
    action: 'moveTopStoryAction',
    allowed: EDITORS,
    fields: (fx) => ({ articleId: String(fx.pinnedDraftId), move: 'clear' }),
  },
  // Not the stories pinned now: let through, refused as a stale board, nothing changes.
  { action: 'reorderTopNewsAction', allowed: EDITORS, fields: () => ({ language: 'ar', order: '999999' }) },
  { action: 'updateSettingsAction', allowed: ADMINS, fields: (fx) => fx.masthead },
  // The file is missing: let through, the upload is refused by validation, nothing is stored.
  { action: 'uploadMediaAction', allowed: STAFF, fields: (fx) => ({ alt: `صورة المصفوفة ${fx.stamp}` }) },
  // The story form's upload, refused the same way.
  { action: 'uploadPictureAction', allowed: STAFF, fields: (fx) => ({ alt: `صورة الخبر ${fx.stamp}` }) },
  // No such picture: let through, refused, nothing changes.
  { action: 'setFocalPointAction', allowed: STAFF, fields: () => ({ mediaId: '999999', x: '10', y: '20' }) },
  {
    action: 'keepEditingAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.storyId), autosave: 'on', title: `مسودة محفوظة تلقائيًا ${fx.stamp}` }),
  },
  {
    action: 'restoreRevisionAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.storyId), version: '1', revisionId: '1' }),
  },
  // The editor's draft, which the writer may not open: set first, then lifted (the admin's lift finds none left).
  {
    action: 'setEmbargoAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.storyId), embargoUntil: '2099-01-01T09:00' }),
  },
  {
    action: 'liftEmbargoAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.storyId), reason: `سبب المصفوفة ${fx.stamp}` }),
  },
  // A draft is not in review: let through, refused by the workflow, nothing stored.
  {
    action: 'sendBackAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.storyId), note: `ملاحظة المصفوفة ${fx.stamp}` }),
  },
  // A draft takes no notes: let through, refused by the workflow, nothing stored.
  {
    action: 'saveNoteAction',
    allowed: EDITORS,
    fields: (fx) => ({ id: String(fx.storyId), kind: 'correction', text: `تصحيح المصفوفة ${fx.stamp}` }),
  },
  { action: 'removeNoteAction', allowed: EDITORS, fields: (fx) => ({ id: String(fx.storyId), noteId: '1' }) },
  // The editor's draft: the writer may not edit it, so is refused like a reader. Started first, so the entry has a blog.
  {
    action: 'runLiveBlogAction',
    allowed: EDITORS,
    fields: (fx) => ({ articleId: String(fx.storyId), intent: 'start' }),
  },
  {
    action: 'saveLiveEntryAction',
    allowed: EDITORS,
    fields: (fx) => ({ articleId: String(fx.storyId), body: `<p>تحديث المصفوفة ${fx.stamp}</p>` }),
  },
  // No such entry on this story: let through, then answered «no longer exists»; nothing changes.
  {
    action: 'changeLiveEntryAction',
    allowed: EDITORS,
    fields: (fx) => ({ articleId: String(fx.storyId), id: '999999', intent: 'key' }),
  },
  {
    action: 'inviteStaffAction',
    allowed: ADMINS,
    fields: (fx) => ({ name: 'مدعو المصفوفة', email: `matrix-invite-${fx.stamp}@newsroom.test`, role: 'writer' }),
  },
  { action: 'changeRoleAction', allowed: ADMINS, fields: (fx) => ({ userId: String(fx.writerId), role: 'writer' }) },
  { action: 'setActiveAction', allowed: ADMINS, fields: (fx) => ({ userId: String(fx.writerId), active: 'true' }) },
  { action: 'issuePasswordLinkAction', allowed: ADMINS, fields: (fx) => ({ userId: String(fx.writerId) }) },
  // Its token is the credential: open to everyone, refused for an unknown token.
  {
    action: 'setPasswordAction',
    allowed: EVERYONE,
    fields: () => ({ token: 'x'.repeat(43), password: 'long-enough-password', confirm: 'long-enough-password' }),
  },
];

export type RouteRow = {
  /** The page, as Next's app-paths manifest has it. */
  route: string;
  path: (fx: Fixtures) => string;
  /** Signed-in roles that get the page; other staff get 404, roles with no session the sign-in page. */
  pages: readonly MatrixRole[];
  /** Open to everyone, session or not. */
  public?: true;
};

export const ROUTE_MATRIX: RouteRow[] = [
  { route: '/[locale]/admin/sign-in/page', path: () => '/admin/sign-in', pages: EVERYONE, public: true },
  { route: '/[locale]/admin/(panel)/page', path: () => '/admin', pages: STAFF },
  { route: '/[locale]/admin/(panel)/articles/new/page', path: () => '/admin/articles/new', pages: STAFF },
  {
    route: '/[locale]/admin/(panel)/articles/[id]/page',
    path: (fx) => `/admin/articles/${fx.storyId}`,
    pages: EDITORS,
  },
  {
    route: '/[locale]/admin/(preview)/articles/[id]/preview/page',
    path: (fx) => `/admin/articles/${fx.storyId}/preview`,
    pages: EDITORS,
  },
  { route: '/[locale]/admin/(panel)/top-news/page', path: () => '/admin/top-news', pages: EDITORS },
  { route: '/[locale]/admin/(panel)/sections/page', path: () => '/admin/sections', pages: EDITORS },
  { route: '/[locale]/admin/(panel)/tags/page', path: () => '/admin/tags', pages: EDITORS },
  { route: '/[locale]/admin/(panel)/authors/page', path: () => '/admin/authors', pages: EDITORS },
  { route: '/[locale]/admin/(panel)/settings/page', path: () => '/admin/settings', pages: ADMINS },
  {
    route: '/[locale]/admin/(panel)/articles/[id]/revisions/page',
    path: (fx) => `/admin/articles/${fx.storyId}/revisions`,
    pages: EDITORS,
  },
  { route: '/[locale]/admin/(panel)/media/page', path: () => '/admin/media', pages: STAFF },
  { route: '/[locale]/admin/(panel)/staff/page', path: () => '/admin/staff', pages: ADMINS },
  { route: '/[locale]/admin/(panel)/audit/page', path: () => '/admin/audit', pages: ADMINS },
  {
    route: '/[locale]/admin/invite/[token]/page',
    path: () => `/admin/invite/${'x'.repeat(43)}`,
    pages: EVERYONE,
    public: true,
  },
];
