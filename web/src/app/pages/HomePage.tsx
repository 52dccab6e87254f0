import { Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Tag, Typography, theme } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n';
import { useHomeT } from './home.i18n';
import { type Todo, useNav, useTodos } from '../nav';
import { NavIcon } from '../layout/icons';
import { withHome } from '../layout/navItems';

/** Overdue work first, then what waits, then the to-dos with nothing waiting; the modules' order within each. */
function pressing(todos: readonly Todo[]): Todo[] {
  const rank = (t: Todo) => (t.overdue > 0 ? 0 : t.count > 0 ? 1 : 2);
  return todos
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || b.t.overdue - a.t.overdue || a.i - b.i)
    .map((x) => x.t);
}

/** What waits for the caller, each a link to the list that holds exactly those items. */
function TodoCards() {
  const { label } = useI18n();
  const t = useHomeT();
  const { token } = theme.useToken();
  const todos = useTodos();
  if (todos.isPending)
    return (
      <Card title={t('home.todos')} style={{ marginBottom: 16 }}>
        <Skeleton active paragraph={{ rows: 1 }} />
      </Card>
    );
  // A position whose role has nothing to do here (an outside organisation) gets no empty card.
  if (todos.data && todos.data.items.length === 0) return null;
  return (
    <Card title={t('home.todos')} style={{ marginBottom: 16 }} data-testid="home-todos">
      {todos.error ? (
        <Typography.Text type="secondary">{t('home.todosError')}</Typography.Text>
      ) : (
        <Row gutter={[12, 12]}>
          {pressing(todos.data?.items ?? []).map((it) => (
            <Col key={it.key} xs={12} sm={12} md={8} xl={6}>
              <Link to={it.path} data-testid={`todo-${it.key}`}>
                <Card
                  hoverable
                  size="small"
                  style={{ borderColor: it.overdue ? token.colorErrorBorder : undefined, height: '100%' }}
                  styles={{ body: { padding: 14 } }}
                >
                  <Typography.Text type={it.count ? undefined : 'secondary'} style={{ display: 'block' }}>
                    {label(it.label)}
                  </Typography.Text>
                  <Flex align="baseline" gap={8} wrap style={{ marginTop: 6 }}>
                    <span
                      data-testid={`todo-count-${it.key}`}
                      style={{
                        fontSize: 28,
                        fontWeight: 600,
                        lineHeight: 1.1,
                        color: it.overdue ? token.colorError : it.count ? token.colorPrimary : token.colorTextTertiary,
                      }}
                    >
                      {it.count}
                    </span>
                    {it.overdue > 0 && (
                      <Tag color="error" data-testid={`todo-overdue-${it.key}`}>
                        {t('home.overdue', { n: it.overdue })}
                      </Tag>
                    )}
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

/** The caller's to-dos first, then who they are (user, position, unit) and quick links to what their role may open. */
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
      <TodoCards />
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
