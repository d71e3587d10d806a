'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { endSession } from '@/lib/auth/session';

/** Ends the session in the database, not only in the browser. */
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect({ href: '/admin/sign-in', locale: await getLocale() });
}
