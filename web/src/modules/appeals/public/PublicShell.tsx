import type { ReactNode } from 'react';
import { Button, Flex, Typography, theme } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LargeTextToggle, LocaleSwitch } from '../../../app/layout/LocaleControls';
import { usePublicT } from './public.i18n';

/** The frame of the public pages: no menu, no session; language and large-text controls a way to sign up and to sign in. */
export function PublicShell({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const t = usePublicT();
  const { token } = theme.useToken();
  const { district } = useParams();
  return (
    <div style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: '8px 12px', background: token.colorBgContainer }}>
        <Typography.Text strong>{t('app.name')}</Typography.Text>
        <Flex align="center" gap={12}>
          <LargeTextToggle showLabel={false} />
          <LocaleSwitch />
          <Link to={district ? `/sign-up?district=${encodeURIComponent(district)}` : '/sign-up'} data-testid="public-sign-up">
            <Button size="small" type="primary">
              {t('pub.signUp')}
            </Button>
          </Link>
          <Link to="/login">
            <Button size="small">{t('pub.login')}</Button>
          </Link>
        </Flex>
      </Flex>
      <main style={{ maxWidth: 1200, margin: '0 auto', padding: '16px 12px 48px' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="public-title">
          {title}
        </Typography.Title>
        {subtitle && <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>}
        {children}
      </main>
    </div>
  );
}
