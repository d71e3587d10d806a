import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { siteSettingsRow } from '@/db/queries/site';
import { requireStaff } from '@/lib/auth/session';
import { SOCIAL_NETWORKS, socialField } from '@/lib/social-links';
import { SettingsForm } from '@/components/admin/settings-form';
import { updateSettingsAction } from './update-settings-action';

const FIELDS = ['siteName', 'chairman', 'editorInChief', 'tagline'] as const;

export default async function SettingsPage({ params }: PageProps<'/[locale]/admin/settings'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaff(locale, 'settings.manage');
  const [t, tStaff, tSocial] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    getTranslations({ locale, namespace: 'Staff.settings' }),
    getTranslations({ locale, namespace: 'Social' }),
  ]);
  const settings = siteSettingsRow();
  if (!settings) notFound();
  const fields = FIELDS.flatMap((field) => [
    {
      name: `${field}Ar`,
      label: `${t(`settings.${field}`)} (${t('settings.arabic')})`,
      value: settings[`${field}Ar`],
      dir: 'rtl' as const,
    },
    {
      name: `${field}En`,
      label: `${t(`settings.${field}`)} (${t('settings.english')})`,
      value: settings[`${field}En`],
      dir: 'ltr' as const,
    },
  ]);
  const socialFields = SOCIAL_NETWORKS.map((network) => ({
    name: socialField(network),
    label: tStaff('socialField', { network: tSocial(network) }),
    value: settings[socialField(network)] ?? '',
    dir: 'ltr' as const,
  }));
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t('settings.title')}</h1>
      <SettingsForm
        action={updateSettingsAction}
        fields={fields}
        socialFields={socialFields}
        socialLegend={tStaff('social')}
        socialHint={tStaff('socialHint')}
        submitLabel={t('settings.save')}
      />
    </>
  );
}
