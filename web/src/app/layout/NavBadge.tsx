import { Badge, theme } from 'antd';
import type { ReactNode } from 'react';
import { useHomeT } from '../pages/home.i18n';

export type Badges = Map<string, { count: number; overdue: number }>;

/**
 * The count of what waits behind a menu item: red when some of it is overdue, blue otherwise, nothing at zero.
 * Around `children` (an icon on the phone's tab bar, or a dot on the icon of a collapsed side menu) or on its own
 * (after a label).
 */
export function NavBadge({ badges, navKey, dot, children }: { badges: Badges | undefined; navKey: string; dot?: boolean; children?: ReactNode }) {
  const t = useHomeT();
  const { token } = theme.useToken();
  const b = badges?.get(navKey);
  if (!b || b.count === 0) return children ?? null;
  const title = b.overdue ? t('home.badgeOverdue', { n: b.count, overdue: b.overdue }) : t('home.badge', { n: b.count });
  return (
    <Badge
      count={b.count}
      dot={dot}
      overflowCount={999}
      size="small"
      color={b.overdue ? token.colorError : token.colorPrimary}
      title={title}
      data-testid={`nav-badge-${navKey}`}
      aria-label={title}
    >
      {children}
    </Badge>
  );
}
