import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigation } from 'react-router';
import { useMutation } from 'urql';

import { AppShell } from '@/components/layouts/app-shell';
import { ErrorBox } from '@/components/ui/error-box';
import { Loading } from '@/components/ui/loading';
import { SetLanguageDocument } from '@/features/account/api/digest';
import { useSession } from '@/features/auth/hooks/use-session';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

import { navigationFor } from '../navigation';

/** Signed-in pages: the guard (to the login page without a session) and the app shell. */
export function AppLayoutRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigation = useNavigation();
  const [, saveLanguage] = useMutation(SetLanguageDocument);

  if (session.status === 'loading') return <Loading variant="page" />;
  if (session.status === 'error') {
    return (
      <main className="container app-error">
        <ErrorBox error={session.error} onRetry={session.retry} />
      </main>
    );
  }
  if (!session.me) return <Navigate to="/login" replace state={{ from: location }} />;

  const me = session.me;
  const detail = [t(`role.${me.role}`), me.position && t(`position.${me.position}`)].filter(Boolean).join(' · ');
  return (
    <AppShell
      navigation={navigationFor(me.role).map((entry) => ({ to: entry.to, label: t(`nav.${entry.key}`) }))}
      user={{
        name: me.fullName,
        detail,
        accountTo: '/account',
        settingsTo: me.role === 'OWNER' ? '/settings' : undefined,
        importTo: me.role === 'OWNER' || me.position === 'MARKETER' ? '/import' : undefined,
      }}
      onSignOut={() => void session.signOut()}
      // Saved with the person so their e-mails (the weekly digest) speak it too.
      onLanguageChange={(language) => void saveLanguage({ language: language === 'ru' ? 'RU' : 'EN' })}
      notifications={<NotificationBell />}
      busy={navigation.state !== 'idle'}
    >
      <Outlet />
    </AppShell>
  );
}
