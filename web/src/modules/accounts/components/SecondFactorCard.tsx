import { Button, Card, Popconfirm, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import { useAuth } from '../../../app/auth/AuthContext';
import { useTwoFactorT } from '../../../app/auth/twoFactor.i18n';
import { formatTime } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import type { User } from '../types';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';

/** A user's second factor as a manager sees it, with its reset when their phone is gone (one's own is on /two-factor). */
export function SecondFactorCard({ user, manageable }: { user: User; manageable: boolean }) {
  const tf = useTwoFactorT();
  const { session } = useAuth();
  const key = ['accounts', 'user', user.id, 'second-factor'];
  const q = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get('/api/accounts/users/{id}/second-factor', { path: { id: user.id }, signal }),
  });
  const s = q.data;
  const state = !s
    ? '…'
    : s.enabled
      ? tf('tf.admin.on', { time: s.confirmedAt ? formatTime(s.confirmedAt) : '—', count: s.recoveryCodesLeft })
      : s.pending
        ? tf('tf.admin.pending')
        : tf('tf.admin.off');
  const reset = useApiMutation(() => api.post('/api/accounts/users/{id}/second-factor/reset', { path: { id: user.id } }), {
    success: tf('tf.admin.resetDone'),
    invalidate: [key],
    errorAs: 'message',
  });
  return (
    <Card
      title={tf('tf.admin.title')}
      style={{ marginTop: 16 }}
      data-testid="user-second-factor"
      extra={
        manageable && session?.user.id !== user.id && (s?.enabled || s?.pending) ? (
          <Popconfirm
            title={tf('tf.admin.resetConfirm')}
            onConfirm={() => reset.mutateAsync().catch(() => undefined)}
            okButtonProps={buttonTestId('user-second-factor-reset-confirm')}
          >
            <Button danger icon={<SafetyCertificateOutlined />} data-testid="user-second-factor-reset">
              {tf('tf.admin.reset')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Typography.Text data-testid="user-second-factor-state">
        <Tag color={s?.enabled ? 'green' : undefined}>{s?.enabled ? tf('tf.statusOn') : tf('tf.statusOff')}</Tag>
        {state}
      </Typography.Text>
    </Card>
  );
}
