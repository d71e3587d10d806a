import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { allAuthors } from '@/db/queries/site';
import { staffList } from '@/db/queries/staff';
import { ROLES } from '@/db/schema/staff';
import { requireStaff } from '@/lib/auth/session';
import { InviteForm } from '@/components/admin/invite-form';
import { StaffBoard } from '@/components/admin/staff-board';
import { inviteStaffAction } from './invite-staff-action';
import { changeRoleAction } from './change-role-action';
import { setActiveAction } from './set-active-action';
import { issuePasswordLinkAction } from './issue-password-link-action';

const LIST_LABELS = [
  'name',
  'email',
  'role',
  'status',
  'byline',
  'active',
  'inactive',
  'pending',
  'you',
  'saveRole',
  'deactivate',
  'reactivate',
  'passwordLink',
  'saving',
] as const;
const INVITE_LABELS = ['title', 'name', 'email', 'role', 'byline', 'noByline', 'submit'] as const;
const LINK_LABELS = ['intro', 'label', 'copy', 'copied'] as const;

export default async function StaffPage({ params }: PageProps<'/[locale]/admin/staff'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [user, t, tAdmin] = await Promise.all([
    requireStaff(locale, 'staff.manage'),
    getTranslations({ locale, namespace: 'Staff' }),
    getTranslations({ locale, namespace: 'Admin' }),
  ]);
  const roles = ROLES.map((role) => ({ value: role, label: tAdmin(`roles.${role}`) }));
  const listLabels = Object.fromEntries(LIST_LABELS.map((key) => [key, t(`list.${key}`)])) as Record<
    (typeof LIST_LABELS)[number],
    string
  >;
  const inviteLabels = Object.fromEntries(INVITE_LABELS.map((key) => [key, t(`invite.${key}`)])) as Record<
    (typeof INVITE_LABELS)[number],
    string
  >;
  const linkLabels = Object.fromEntries(LINK_LABELS.map((key) => [key, t(`link.${key}`)])) as Record<
    (typeof LINK_LABELS)[number],
    string
  >;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t('list.title')}</h1>
      <StaffBoard
        actions={{ role: changeRoleAction, active: setActiveAction, link: issuePasswordLinkAction }}
        members={staffList()}
        selfId={user.id}
        roles={roles}
        labels={listLabels}
        linkLabels={linkLabels}
      />
      <InviteForm
        action={inviteStaffAction}
        roles={roles}
        bylines={allAuthors()}
        labels={inviteLabels}
        linkLabels={linkLabels}
      />
    </div>
  );
}
