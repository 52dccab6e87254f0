import { Button, Dropdown, Select, Tag } from 'antd';
import { DownOutlined, FontSizeOutlined, KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { Position } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n';
import { usePrefs } from '../prefs';
import { useTwoFactorT } from '../auth/twoFactor.i18n';
import { useApiMutation } from '../../shared/hooks/useApiMutation';

// The login page's controls live apart so that the login does not load the menus below; the layouts take them from here.
export { LargeTextToggle, LocaleSwitch } from './LocaleControls';

export function positionText(p: Position, label: (l: Position['roleLabel']) => string): string {
  return [label(p.roleLabel), p.unitName, p.departmentName, p.gridName].filter(Boolean).join(' · ');
}

/** Shown when the user holds several positions: switching changes the scope of everything. */
export function PositionSwitcher({ block = false, testId = 'position-switcher' }: { block?: boolean; testId?: string }) {
  const { session, switchPosition } = useAuth();
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const change = useApiMutation((id: number) => switchPosition(id), {
    success: t('header.positionSwitched'),
    errorAs: 'message',
    onSuccess: () => navigate('/'),
  });
  if (!session || session.positions.length < 2) return null;
  return (
    <div data-testid={testId} style={{ width: block ? '100%' : undefined }}>
      <Select<number>
        aria-label={t('header.switchPosition')}
        value={session.activePositionId ?? undefined}
        loading={change.isPending}
        disabled={change.isPending}
        style={{ minWidth: block ? '100%' : 220, maxWidth: block ? '100%' : 360 }}
        popupMatchSelectWidth={false}
        options={session.positions.map((p) => ({ value: p.id, label: positionText(p, label) }))}
        optionRender={(opt) => <span data-testid={`position-option-${opt.value}`}>{opt.label}</span>}
        onChange={(id) => change.mutate(id)}
      />
    </div>
  );
}

/** Desktop user menu: change password, two-factor authentication, large text, sign out. */
export function UserMenu() {
  const { session, logout } = useAuth();
  const { t } = useI18n();
  const tf = useTwoFactorT();
  const { largeText, setLargeText } = usePrefs();
  const navigate = useNavigate();
  if (!session) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('header.changePassword')}</span> },
          { key: 'twoFactor', icon: <SafetyCertificateOutlined />, label: <span data-testid="menu-two-factor">{tf('tf.menu')}</span> },
          {
            key: 'largeText',
            icon: <FontSizeOutlined />,
            label: (
              <span data-testid="menu-large-text">
                {t('header.largeText')} {largeText ? '✓' : ''}
              </span>
            ),
          },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">{t('header.logout')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'password') navigate('/password');
          else if (key === 'twoFactor') navigate('/two-factor');
          else if (key === 'largeText') setLargeText(!largeText);
          else if (key === 'logout') void logout('user');
        },
      }}
    >
      <Button type="text" data-testid="user-menu" title={t('header.userMenu')} icon={<UserOutlined />}>
        <span data-testid="user-display-name">{session.user.displayName}</span>
        {session.user.isDemo && (
          <Tag color="orange" style={{ marginInlineStart: 6 }} data-testid="demo-tag">
            {t('header.demo')}
          </Tag>
        )}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
