import { Flex, Tag, Tooltip } from 'antd';
import { formatTime, isFuture } from '../../../shared/format';
import { useAccountsT } from '../i18n';
import type { User } from '../types';

export function UserStatus({ user }: { user: User }) {
  const t = useAccountsT();
  const locked = isFuture(user.lockedUntil);
  return (
    <Flex gap={4} wrap data-testid={`user-status-${user.id}`}>
      {user.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}
      {locked && (
        <Tooltip title={`${t('users.lockedUntil')} ${formatTime(user.lockedUntil)}`}>
          <Tag color="red" data-testid="user-locked">
            {t('users.locked')}
          </Tag>
        </Tooltip>
      )}
      {user.mustChangePassword && <Tag color="orange">{t('users.mustChange')}</Tag>}
    </Flex>
  );
}
