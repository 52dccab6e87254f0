import { App, Button, Card, Popconfirm, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi } from '../../../app/api/client';
import { useAuth } from '../../../app/auth/AuthContext';
import { useTwoFactorT } from '../../../app/auth/twoFactor.i18n';
import { errorMessage } from '../../../shared/components/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import type { User } from '../types';

interface SecondFactor {
  enabled: boolean;
  pending: boolean;
  confirmedAt: string | null;
  recoveryCodesLeft: number;
}

/** A user's second factor as a manager sees it, with its reset when their phone is gone (one's own is on /two-factor). */
export function SecondFactorCard({ user, manageable }: { user: User; manageable: boolean }) {
  const tf = useTwoFactorT();
  const { session } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = ['accounts', 'user', user.id, 'second-factor'];
  const q = useQuery({ queryKey: key, queryFn: ({ signal }) => legacyApi.get<SecondFactor>(`/api/accounts/users/${encodeURIComponent(user.id)}/second-factor`, undefined, signal) });
  const s = q.data;
  const state = !s ? '…' : s.enabled ? tf('tf.admin.on', { time: s.confirmedAt ? formatTime(s.confirmedAt) : '—', count: s.recoveryCodesLeft }) : s.pending ? tf('tf.admin.pending') : tf('tf.admin.off');
  const reset = async () => {
    try {
      await legacyApi.post<void>(`/api/accounts/users/${encodeURIComponent(user.id)}/second-factor/reset`);
      message.success(tf('tf.admin.resetDone'));
      await qc.invalidateQueries({ queryKey: key });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card
      title={tf('tf.admin.title')}
      style={{ marginTop: 16 }}
      data-testid="user-second-factor"
      extra={
        manageable && session?.user.id !== user.id && (s?.enabled || s?.pending) ? (
          <Popconfirm title={tf('tf.admin.resetConfirm')} onConfirm={reset} okButtonProps={buttonTestId('user-second-factor-reset-confirm')}>
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
