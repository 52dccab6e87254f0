import type { ReactNode } from 'react';
import { Flex, Typography, theme } from 'antd';
import { useI18n } from '../i18n';
import { LargeTextToggle, LocaleSwitch } from '../layout/LocaleControls';

/** The frame of the login and password pages: language and large-text controls, a centred card. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <div style={{ minHeight: '100vh', background: token.colorBgLayout, display: 'flex', flexDirection: 'column' }}>
      <Flex justify="flex-end" align="center" gap={12} style={{ padding: '8px 12px' }}>
        <LargeTextToggle />
        <LocaleSwitch />
      </Flex>
      <Flex vertical align="center" style={{ flex: 1, padding: '24px 12px 48px' }}>
        <Flex align="center" gap={12} style={{ marginBottom: 24 }}>
          <span
            style={{
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 44,
              height: 44,
              borderRadius: 10,
              background: token.colorPrimary,
              color: '#fff',
              fontSize: 24,
              fontWeight: 600,
            }}
          >
            邻
          </span>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
        </Flex>
        {/* Drawn like antd's Card, without it: Card brings tabs and skeletons the login form has no use for. */}
        <section
          aria-label={title}
          style={{
            width: '100%',
            maxWidth: 420,
            background: token.colorBgContainer,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
          }}
        >
          <div
            style={{
              padding: `0 ${token.paddingLG}px`,
              minHeight: 56,
              display: 'flex',
              alignItems: 'center',
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              fontWeight: token.fontWeightStrong,
              fontSize: token.fontSizeLG,
              color: token.colorTextHeading,
            }}
          >
            {title}
          </div>
          <div style={{ padding: token.paddingLG }}>{children}</div>
        </section>
      </Flex>
    </div>
  );
}
