import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { authors } from './people';

export const ROLES = ['writer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored lower-cased. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  /** scrypt, see lib/auth/password.ts; null until the invited person sets one. */
  passwordHash: text('password_hash'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** The byline this person writes under. */
  authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
  createdAt: integer('created_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a database leak gives no usable session. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Failed sign-ins, per account and per address, for throttling. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at').notNull(),
  },
  (table) => [index('sign_in_failures_key_idx').on(table.key, table.at)],
);

/**
 * One-time links to set a password: sent for an invitation or a reset. Only the
 * SHA-256 of the token is stored, so the table gives no usable link.
 */
export const INVITATION_PURPOSES = ['invite', 'reset'] as const;
export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: INVITATION_PURPOSES }).notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
  },
  (table) => [index('invitations_user_idx').on(table.userId)],
);

/**
 * Every name the audit log is written with; the audit page has a label for
 * each (tests/staff.test.ts checks both languages), so a new one must be added here.
 */
export const AUDIT_ACTIONS = [
  'sign-in',
  'set-password',
  'publish',
  'schedule',
  'unpublish',
  'delete',
  'recover',
  'restore',
  'take-over',
  'upload-media',
  'update-settings',
  'create-section',
  'rename-section',
  'section-up',
  'section-down',
  'section-delete',
  'rename-tag',
  'merge-tag',
  'delete-tag',
  'top-news-pin',
  'top-news-up',
  'top-news-down',
  'top-news-clear',
  'invite-staff',
  'password-link',
  'change-role',
  'deactivate-staff',
  'reactivate-staff',
  'set-embargo',
  'lift-embargo',
  'add-note',
  'edit-note',
  'remove-note',
  'live-start',
  'live-end',
  'live-reopen',
  'live-entry-add',
  'live-entry-edit',
  'live-entry-delete',
  'live-entry-pin',
  'live-entry-unpin',
  'live-entry-key',
  'live-entry-unkey',
  'create-author',
  'save-author',
  'send-back',
  'resubmit',
  'top-news-reorder',
  'media-focal-point',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    detail: text('detail'),
  },
  (table) => [index('audit_log_at_idx').on(table.at)],
);

export type User = typeof users.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
