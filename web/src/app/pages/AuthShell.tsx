import type { ReactNode } from 'react';
import { Card, Flex, Typography, theme } from 'antd';
import { useI18n } from '../i18n';
import { LargeTextToggle, LocaleSwitch } from '../layout/HeaderControls';

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
        <Card title={title} style={{ width: '100%', maxWidth: 420 }}>
          {children}
        </Card>
      </Flex>
    </div>
  );
}
