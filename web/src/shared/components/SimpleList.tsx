import type { ReactNode } from 'react';
import { Empty, Spin, theme } from 'antd';

/** A plain clickable list (antd's List is deprecated in v6). */
export function SimpleList<T>({
  items,
  rowKey,
  render,
  onClick,
  selectedKey,
  loading,
  empty,
  testId,
  itemTestId,
}: {
  items: T[];
  rowKey: (item: T) => string;
  render: (item: T) => ReactNode;
  onClick?: (item: T) => void;
  selectedKey?: string;
  loading?: boolean;
  empty?: ReactNode;
  testId?: string;
  itemTestId?: (item: T) => string;
}) {
  const { token } = theme.useToken();
  return (
    <Spin spinning={!!loading}>
      <div data-testid={testId} role="list">
        {items.length === 0 && !loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        ) : (
          items.map((it) => {
            const key = rowKey(it);
            return (
              <div
                key={key}
                role="listitem"
                data-testid={itemTestId?.(it)}
                tabIndex={onClick ? 0 : undefined}
                onClick={onClick ? () => onClick(it) : undefined}
                onKeyDown={onClick ? (e) => e.key === 'Enter' && onClick(it) : undefined}
                style={{
                  display: 'flex',
                  justifyContent: 'space-between',
                  alignItems: 'center',
                  gap: 8,
                  minHeight: 40,
                  padding: '6px 8px',
                  borderBottom: `1px solid ${token.colorBorderSecondary}`,
                  cursor: onClick ? 'pointer' : undefined,
                  background: key === selectedKey ? token.colorPrimaryBg : undefined,
                  borderRadius: key === selectedKey ? token.borderRadiusSM : undefined,
                }}
              >
                {render(it)}
              </div>
            );
          })
        )}
      </div>
    </Spin>
  );
}
