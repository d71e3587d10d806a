import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { linkState } from '@/db/queries/invitations';
import { PASSWORD_LENGTH } from '@/lib/auth/password';
import { hashToken, TOKEN_PATTERN } from '@/lib/auth/token';
import { SetPasswordForm } from '@/components/admin/set-password-form';
import { setPasswordAction } from './set-password-action';

// The token is in the address: no referrer carries it to another site, no index keeps it.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

/** Whether the link in the address can still be spent; it depends on the clock, read here rather than while rendering. */
const linkStateOf = (token: string) =>
  TOKEN_PATTERN.test(token) ? linkState(hashToken(token), Date.now()) : ({ status: 'unknown' } as const);

/** Where an invited (or reset) staff member chooses a password; a spent, expired or unknown link says so. */
export default async function SetPasswordPage({ params }: PageProps<'/[locale]/admin/invite/[token]'>) {
  const locale = await localeParam(params);
  const { token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Staff.setPassword' });
  const state = linkStateOf(token);
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      {state.status === 'valid' ? (
        <>
          <p className="mb-4">
            {t.rich('intro', { name: state.user.name, email: state.user.email, bdi: (chunks) => <bdi>{chunks}</bdi> })}
          </p>
          <SetPasswordForm
            action={setPasswordAction}
            token={token}
            labels={{
              password: t('password'),
              confirm: t('confirm'),
              hint: t('hint', { min: PASSWORD_LENGTH.min }),
              submit: t('submit'),
            }}
          />
        </>
      ) : (
        <div className="space-y-4">
          <p role="alert" className="rounded border border-brand p-3 font-bold text-brand">
            {t(state.status)}
          </p>
          <Link href="/admin/sign-in" className="font-bold underline">
            {t('toSignIn')}
          </Link>
        </div>
      )}
    </main>
  );
}
