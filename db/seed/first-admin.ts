import { count } from 'drizzle-orm';
import type { PortalDatabase } from '../client';
import { users } from '../schema';
import { generatePassword, hashPassword } from '../../lib/auth/password';
import { isGuessablePassword } from '../../lib/auth/password-strength';
import { env } from '../../lib/env';

/**
 * The first admin account, created once when there is no staff at all: from
 * ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password printed once.
 * Returns what to tell the operator, or null when staff already exists.
 * Throws, creating nothing, when ADMIN_PASSWORD is common or guessable.
 */
export async function ensureFirstAdmin(db: PortalDatabase): Promise<string | null> {
  if ((db.select({ n: count() }).from(users).get()?.n ?? 0) > 0) return null;
  const email = (env.ADMIN_EMAIL ?? 'admin@example.com').trim().toLowerCase();
  const given = env.ADMIN_PASSWORD;
  if (given && isGuessablePassword(given, [email])) {
    throw new Error(
      'ADMIN_PASSWORD is too easy to guess (a common password, a pattern or a repeat). ' +
        'Set a long phrase of unrelated words, or unset ADMIN_PASSWORD to have one generated and printed once.',
    );
  }
  const password = given || generatePassword();
  db.insert(users)
    .values({
      email,
      name: 'مدير الموقع',
      role: 'admin',
      passwordHash: await hashPassword(password),
      createdAt: Date.now(),
    })
    .run();
  return given
    ? `Admin account created: ${email} (password from ADMIN_PASSWORD)`
    : `Admin account created: ${email}\n  password: ${password}\n  (shown once: sign in at /admin/sign-in and keep it safe)`;
}
