import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeParam } from '@/i18n/locale-param';
import { requireStaff } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { signOutAction } from '../sign-out-action';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Every admin page: a signed-in, active staff member (actions check again themselves). */
export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const user = await requireStaff(locale);
  const [t, tStaff] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    getTranslations({ locale, namespace: 'Staff' }),
  ]);
  return (
    <div className="min-h-screen">
      <header className="bg-ink text-paper">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="text-lg font-bold">
            {t('title')}
          </Link>
          {/* Wraps on a phone: every link stays on screen and in the tab order, no menu to open. */}
          <nav aria-label={t('title')} className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-bold">
            <Link href="/admin">{t('nav.articles')}</Link>
            <Link href="/admin/articles/new">{t('nav.newArticle')}</Link>
            {can(user.role, 'media.upload') && <Link href="/admin/media">{t('nav.media')}</Link>}
            {can(user.role, 'curation.manage') && <Link href="/admin/top-news">{t('nav.topNews')}</Link>}
            {can(user.role, 'section.manage') && <Link href="/admin/sections">{t('nav.sections')}</Link>}
            {can(user.role, 'tag.manage') && <Link href="/admin/tags">{t('nav.tags')}</Link>}
            {can(user.role, 'author.manage') && <Link href="/admin/authors">{t('nav.authors')}</Link>}
            {can(user.role, 'settings.manage') && <Link href="/admin/settings">{t('nav.settings')}</Link>}
            {can(user.role, 'staff.manage') && <Link href="/admin/staff">{tStaff('nav.staff')}</Link>}
            {can(user.role, 'audit.read') && <Link href="/admin/audit">{tStaff('nav.audit')}</Link>}
            {/* Not prefetched: every admin save would otherwise have the front page regenerated behind it. */}
            <Link href="/" prefetch={false}>
              {t('nav.site')}
            </Link>
          </nav>
          <span className="ms-auto text-sm opacity-80">
            {t('signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-white/40 px-3 py-1 text-sm">
              {t('signOut')}
            </button>
          </form>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
