import { Card, Col, Descriptions, Empty, Row, Typography, theme } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n';
import { useHomeT } from './home.i18n';
import { useNav } from '../nav';
import { NavIcon } from '../layout/icons';
import { withHome } from '../layout/navItems';

/** Welcome card (user, position, unit) and quick links to what the user's role may open. */
export function HomePage() {
  const { label } = useI18n();
  const t = useHomeT();
  const { session, activePosition } = useAuth();
  const nav = useNav();
  const { token } = theme.useToken();
  const links = withHome(nav.data?.items).filter((i) => i.path !== '/');
  if (!session) return null;
  return (
    <div>
      <Card data-testid="home-welcome" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-user">
          {t('home.welcome', { name: session.user.displayName })}
        </Typography.Title>
        {activePosition ? (
          <Descriptions
            column={{ xs: 1, sm: 2, lg: 4 }}
            size="small"
            items={[
              { key: 'position', label: t('home.position'), children: <span data-testid="home-position">{label(activePosition.roleLabel)}</span> },
              { key: 'unit', label: t('home.unit'), children: <span data-testid="home-unit">{activePosition.unitName}</span> },
              ...(activePosition.departmentName ? [{ key: 'department', label: t('home.department'), children: activePosition.departmentName }] : []),
              ...(activePosition.gridName ? [{ key: 'grid', label: t('home.grid'), children: activePosition.gridName }] : []),
            ]}
          />
        ) : (
          <Typography.Text type="warning">{t('home.noPosition')}</Typography.Text>
        )}
      </Card>
      <Card title={t('home.quickLinks')} data-testid="home-quick-links">
        {links.length === 0 ? (
          <Empty description={t('home.noLinks')} />
        ) : (
          <Row gutter={[12, 12]}>
            {links.map((it) => (
              <Col key={it.key} xs={12} sm={8} md={6} xl={4}>
                <Link to={it.path} data-testid={`quick-link-${it.key}`}>
                  <Card hoverable size="small" styles={{ body: { textAlign: 'center', padding: 16 } }}>
                    <div style={{ fontSize: 28, color: token.colorPrimary }}>
                      <NavIcon name={it.icon} />
                    </div>
                    <div style={{ marginTop: 8 }}>{label(it.label)}</div>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
    </div>
  );
}
