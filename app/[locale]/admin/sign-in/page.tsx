import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { SignInForm } from '@/components/admin/sign-in-form';
import { noticeForwardedFor } from '@/lib/client-address';
import { signInAction } from './sign-in-action';

export const metadata: Metadata = { robots: { index: false, follow: false } };
// Rendered per request: admin responses are never stored by a browser or a CDN.
export const dynamic = 'force-dynamic';

export default async function SignInPage({ params }: PageProps<'/[locale]/admin/sign-in'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  // Staff open this page soon after a deployment: where a misconfigured proxy shows first.
  noticeForwardedFor(await headers());
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-6 text-2xl font-bold">{t('signInTitle')}</h1>
      <SignInForm action={signInAction} labels={{ email: t('email'), password: t('password'), signIn: t('signIn') }} />
    </main>
  );
}
