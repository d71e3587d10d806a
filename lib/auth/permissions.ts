import type { Role } from '@/db/schema/staff';

// Who may do what, in one table. Every admin page and every server action asks
// `can(role, permission)`; the tests walk this table.
export const PERMISSIONS = {
  'article.create': ['writer', 'editor', 'admin'],
  /** Writers edit their own drafts only; see canEditArticle in lib/stories/workflow. */
  'article.editAny': ['editor', 'admin'],
  'article.submit': ['writer', 'editor', 'admin'],
  'media.upload': ['writer', 'editor', 'admin'],
  'article.publish': ['editor', 'admin'],
  /** Sending a story in review back to its writer with a note (lib/stories/review). */
  'article.sendBack': ['editor', 'admin'],
  'curation.manage': ['editor', 'admin'],
  'section.manage': ['editor', 'admin'],
  'tag.manage': ['editor', 'admin'],
  /** Writers' names, bios and photos, as bylines and «كتّاب الرأي» show them. */
  'author.manage': ['editor', 'admin'],
  'staff.manage': ['admin'],
  /** The audit log names staff, their sign-ins and role changes: personnel records, so admins only. */
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
