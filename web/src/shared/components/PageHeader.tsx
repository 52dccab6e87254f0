import type { ReactNode } from 'react';
import { Breadcrumb, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';

export interface Crumb {
  title: ReactNode;
  to?: string;
}

/** Title row of a page: optional breadcrumb, title, subtitle and action buttons. */
export function PageHeader({
  title,
  subtitle,
  extra,
  crumbs,
  titleTestId,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  crumbs?: Crumb[];
  titleTestId?: string;
}) {
  // The title names the page: a last crumb (the page itself) or a subtitle that only says it again is left out.
  const repeats = (x: ReactNode) => typeof x === 'string' && typeof title === 'string' && x.trim() === title.trim();
  const last = crumbs?.[crumbs.length - 1];
  const trail = last && !last.to && repeats(last.title) ? crumbs!.slice(0, -1) : crumbs;
  const note = repeats(subtitle) ? null : subtitle;
  return (
    <div style={{ marginBottom: 16 }}>
      {trail && trail.length > 0 && (
        <Breadcrumb
          data-testid="page-breadcrumb"
          style={{ marginBottom: 8 }}
          items={trail.map((c, i) => ({
            key: i,
            title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title,
          }))}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid={titleTestId ?? 'page-title'}>
            {title}
          </Typography.Title>
          {note && <Typography.Text type="secondary">{note}</Typography.Text>}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </div>
  );
}
