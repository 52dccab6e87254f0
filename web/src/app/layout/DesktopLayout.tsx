import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Flex, Layout, Menu, Typography, theme, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import type { NavItem } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n';
import { matchNav } from '../nav';
import { NavIcon } from './icons';
import { LocaleSwitch, PositionSwitcher, UserMenu, positionText } from './HeaderControls';
import { NavBadge, type Badges } from './NavBadge';

type MenuItem = Required<MenuProps>['items'][number];

function groupKey(item: NavItem): string | null {
  return item.group ? `group:${item.group.zh}` : null;
}

/** Desktop: a side menu built from GET /api/nav, a header with position, language and user menu. */
export function DesktopLayout({ items, banner, badges, children }: { items: NavItem[]; banner?: ReactNode; badges?: Badges; children: ReactNode }) {
  const { t, label } = useI18n();
  const { activePosition } = useAuth();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);

  const selected = matchNav(items, pathname);

  const menuItems = useMemo<MenuItem[]>(() => {
    const out: MenuItem[] = [];
    const groups = new Map<string, { label: string; icon: string | null; children: MenuItem[] }>();
    for (const it of items) {
      const entry: MenuItem = {
        key: it.key,
        // A collapsed menu shows icons only: the count becomes a dot on the icon.
        icon: collapsed ? (
          <NavBadge badges={badges} navKey={it.key} dot>
            <NavIcon name={it.icon} />
          </NavBadge>
        ) : (
          <NavIcon name={it.icon} />
        ),
        label: (
          <Link to={it.path} data-testid={`nav-item-${it.key}`} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{label(it.label)}</span>
            <NavBadge badges={badges} navKey={it.key} />
          </Link>
        ),
      };
      const gk = groupKey(it);
      if (!gk) {
        out.push(entry);
        continue;
      }
      let g = groups.get(gk);
      if (!g) {
        g = { label: label(it.group), icon: it.icon, children: [] };
        groups.set(gk, g);
        // The group takes the place of its first item in the order; groups stay open so every entry shows.
        out.push({ key: gk, type: 'group', label: g.label, children: g.children });
      }
      g.children.push(entry);
    }
    return out;
  }, [items, label, badges, collapsed]);

  useEffect(() => {
    document.title = selected && selected.path !== '/' ? `${label(selected.label)} · ${t('app.name')}` : t('app.name');
  }, [selected, label, t]);

  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="layout-desktop">
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={232}
        theme="light"
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Link to="/" data-testid="app-logo" style={{ display: 'block' }}>
          <Flex align="center" gap={8} style={{ height: 56, padding: '0 20px', overflow: 'hidden', whiteSpace: 'nowrap' }}>
            <span
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                justifyContent: 'center',
                width: 28,
                height: 28,
                borderRadius: 6,
                background: token.colorPrimary,
                color: '#fff',
                fontWeight: 600,
                flex: 'none',
              }}
            >
              邻
            </span>
            {!collapsed && (
              <Typography.Text strong style={{ fontSize: token.fontSizeLG }}>
                {t('app.name')}
              </Typography.Text>
            )}
          </Flex>
        </Link>
        <nav data-testid="nav-menu" aria-label={t('header.menu')}>
          <Menu mode="inline" items={menuItems} selectedKeys={selected ? [selected.key] : []} style={{ borderInlineEnd: 'none' }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 16px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            lineHeight: 'normal',
          }}
        >
          <Typography.Text ellipsis style={{ minWidth: 0 }} data-testid="header-position">
            {activePosition ? positionText(activePosition, label) : ''}
          </Typography.Text>
          <Flex align="center" gap={8} style={{ flex: 'none' }}>
            <PositionSwitcher />
            <LocaleSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }} data-testid="page-content">
          {banner}
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
