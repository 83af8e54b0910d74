import { Navigate, useLocation, type Location } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { Loading } from '@/components/ui/loading';
import { LoginPanel } from '@/features/auth/components/login-panel';
import { useSession } from '@/features/auth/hooks/use-session';

export function LoginRoute() {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'signed-in') {
    const from = (location.state as { from?: Location } | null)?.from;
    const target = from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';
    return <Navigate to={target} replace />;
  }
  if (session.status === 'loading') return <Loading variant="page" />;

  return (
    <AuthLayout>
      <LoginPanel />
    </AuthLayout>
  );
}
