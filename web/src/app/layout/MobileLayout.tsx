import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { Badge, Button, Divider, Drawer, Flex, Typography, theme } from 'antd';
import { EllipsisOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { NavItem } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n';
import { useTwoFactorT } from '../auth/twoFactor.i18n';
import { matchNav } from '../nav';
import { NavIcon } from './icons';
import { LargeTextToggle, LocaleSwitch, PositionSwitcher, positionText } from './HeaderControls';
import { NavBadge, type Badges } from './NavBadge';
import { phoneTabs } from './phoneTabs';

/**
 * The phone's layout, for whoever uses a phone: a top bar (menu, page title, large text, language) and a bottom tab
 * bar with big touch targets holding the role's daily work; everything else is in the drawer.
 */
export function MobileLayout({ items, banner, badges, children }: { items: NavItem[]; banner?: ReactNode; badges?: Badges; children: ReactNode }) {
  const { t, label } = useI18n();
  const tf = useTwoFactorT();
  const { session, activePosition, logout } = useAuth();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [open, setOpen] = useState(false);

  const selected = matchNav(items, pathname);
  const { tabs, more } = useMemo(() => phoneTabs(items), [items]);
  const needMore = more.length > 0;

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    document.title = selected && selected.path !== '/' ? `${label(selected.label)} · ${t('app.name')}` : t('app.name');
  }, [selected, label, t]);

  const tabStyle = (active: boolean): CSSProperties => ({
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 2,
    minHeight: 56,
    padding: '6px 2px',
    color: active ? token.colorPrimary : token.colorTextSecondary,
    fontSize: token.fontSizeSM,
    background: 'none',
    border: 'none',
    cursor: 'pointer',
    textAlign: 'center',
    lineHeight: 1.2,
    overflow: 'hidden',
  });

  return (
    <div data-testid="layout-mobile" style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 20,
          display: 'flex',
          alignItems: 'center',
          gap: 4,
          minHeight: 56,
          padding: '0 8px',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Button
          type="text"
          size="large"
          icon={<MenuOutlined />}
          aria-label={t('header.menu')}
          data-testid="mobile-menu-button"
          onClick={() => setOpen(true)}
          style={{ minWidth: 48, minHeight: 48 }}
        />
        <Typography.Text strong ellipsis style={{ flex: 1, fontSize: token.fontSizeLG }} data-testid="mobile-title">
          {selected && selected.path !== '/' ? label(selected.label) : t('app.name')}
        </Typography.Text>
        <LargeTextToggle showLabel={false} />
        <LocaleSwitch />
      </header>

      <main style={{ padding: 12, paddingBottom: 88 }} data-testid="page-content">
        {banner}
        {children}
      </main>

      <nav
        data-testid="nav-menu"
        aria-label={t('header.menu')}
        style={{
          position: 'fixed',
          left: 0,
          right: 0,
          bottom: 0,
          zIndex: 20,
          display: 'grid',
          gridTemplateColumns: `repeat(${tabs.length + (needMore ? 1 : 0)}, 1fr)`,
          background: token.colorBgContainer,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          paddingBottom: 'env(safe-area-inset-bottom)',
        }}
      >
        {tabs.map((it) => {
          const active = selected?.key === it.key;
          return (
            <Link key={it.key} to={it.path} data-testid={`nav-item-${it.key}`} aria-current={active ? 'page' : undefined} style={tabStyle(active)}>
              <NavBadge badges={badges} navKey={it.key}>
                <span style={{ fontSize: 22 }}>
                  <NavIcon name={it.icon} />
                </span>
              </NavBadge>
              <span style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{label(it.label)}</span>
            </Link>
          );
        })}
        {needMore && (
          <button type="button" data-testid="nav-more" style={tabStyle(false)} onClick={() => setOpen(true)}>
            <Badge dot={more.some((it) => (badges?.get(it.key)?.count ?? 0) > 0)} data-testid="nav-more-badge">
              <span style={{ fontSize: 22 }}>
                <EllipsisOutlined />
              </span>
            </Badge>
            <span>{t('common.more')}</span>
          </button>
        )}
      </nav>

      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="left"
        size="min(86vw, 360px)"
        title={
          <span data-testid="mobile-drawer-user">
            {session?.user.displayName}
            {activePosition && (
              <Typography.Text type="secondary" style={{ display: 'block', fontWeight: 'normal', fontSize: token.fontSizeSM }}>
                {positionText(activePosition, label)}
              </Typography.Text>
            )}
          </span>
        }
        styles={{ body: { padding: 12 } }}
      >
        <Flex vertical gap={4} data-testid="mobile-drawer">
          {items.map((it) => {
            const active = selected?.key === it.key;
            return (
              <Link
                key={it.key}
                to={it.path}
                data-testid={`nav-drawer-item-${it.key}`}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 12,
                  minHeight: 52,
                  padding: '0 12px',
                  borderRadius: token.borderRadius,
                  color: active ? token.colorPrimary : token.colorText,
                  background: active ? token.colorPrimaryBg : undefined,
                  fontSize: token.fontSizeLG,
                }}
              >
                <NavIcon name={it.icon} />
                <span style={{ flex: 1 }}>{label(it.label)}</span>
                <NavBadge badges={badges} navKey={it.key} />
              </Link>
            );
          })}
          <Divider style={{ margin: '8px 0' }} />
          <PositionSwitcher block testId="mobile-position-switcher" />
          <Flex align="center" style={{ minHeight: 52, padding: '0 12px' }}>
            <LargeTextToggle testId="mobile-large-text-toggle" />
          </Flex>
          <LocaleSwitch block testId="mobile-locale-switch" />
          <Button
            type="text"
            size="large"
            block
            icon={<KeyOutlined />}
            style={{ justifyContent: 'flex-start', minHeight: 52 }}
            data-testid="mobile-change-password"
            onClick={() => navigate('/password')}
          >
            {t('header.changePassword')}
          </Button>
          <Button
            type="text"
            size="large"
            block
            icon={<SafetyCertificateOutlined />}
            style={{ justifyContent: 'flex-start', minHeight: 52 }}
            data-testid="mobile-two-factor"
            onClick={() => navigate('/two-factor')}
          >
            {tf('tf.menu')}
          </Button>
          <Button
            type="text"
            size="large"
            danger
            block
            icon={<LogoutOutlined />}
            style={{ justifyContent: 'flex-start', minHeight: 52 }}
            data-testid="mobile-logout"
            onClick={() => void logout('user')}
          >
            {t('header.logout')}
          </Button>
        </Flex>
      </Drawer>
    </div>
  );
}
