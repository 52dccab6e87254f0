import { Children, createContext, isValidElement, useContext, useId, useState, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { Button, Card, Col, Flex, Row, Typography, type ColProps } from 'antd';
import { FilterOutlined, UpOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { useIsPhone } from '../hooks/useIsPhone';

type Arrangement = 'grid' | 'inline' | 'stack';
const ArrangementContext = createContext<Arrangement>('grid');

export interface FilterFieldProps {
  /** Shown above the field (a grid or a phone); an inline bar shows the field alone. */
  label?: ReactNode;
  /** Beside the label, such as a tag saying the catalog is a draft. */
  extra?: ReactNode;
  /** The field's width in the desktop grid. */
  span?: Pick<ColProps, 'xs' | 'sm' | 'md' | 'lg' | 'xl'>;
  /** Stays in view on a phone beside the 筛选 button (the text search): the others fold away behind it. */
  pinned?: boolean;
  style?: CSSProperties;
  children: ReactNode;
}

function FieldLabel({ label, extra }: Pick<FilterFieldProps, 'label' | 'extra'>) {
  if (!label && !extra) return null;
  return (
    <Flex align="center" gap={4} style={{ marginBottom: 4 }}>
      <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
        {label}
      </Typography.Text>
      {extra}
    </Flex>
  );
}

/** One filter of a FilterBar, with its label. */
export function FilterField({ label, extra, span = { xs: 24, md: 12, xl: 6 }, style, children }: FilterFieldProps) {
  const arrangement = useContext(ArrangementContext);
  if (arrangement === 'inline') return <div style={style}>{children}</div>;
  if (arrangement === 'stack')
    return (
      <div style={style}>
        <FieldLabel label={label} extra={extra} />
        {children}
      </div>
    );
  return (
    <Col {...span} style={style}>
      <FieldLabel label={label} extra={extra} />
      {children}
    </Col>
  );
}

const isPinned = (child: ReactNode): child is ReactElement<FilterFieldProps> =>
  isValidElement<FilterFieldProps>(child) && child.type === FilterField && !!child.props.pinned;

/**
 * A list's filters. On a desktop they stand in a card above the list, in a grid of labelled fields or in one line
 * (`inline`). On a phone the pinned field (the search) stays in view and the rest fold behind a 筛选 button that
 * counts the filters set, so the list starts on the first screen.
 */
export function FilterBar({
  active,
  inline,
  footer,
  testId,
  style,
  children,
}: {
  /** How many filters are set among those that fold away on a phone. */
  active: number;
  inline?: boolean;
  /** Below the fields: quick filters, the reset button. */
  footer?: ReactNode;
  testId: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const phone = useIsPhone();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const cardStyle: CSSProperties = { marginBottom: 16, ...style };

  if (!phone)
    return (
      <ArrangementContext.Provider value={inline ? 'inline' : 'grid'}>
        <Card size="small" style={cardStyle} data-testid={testId}>
          {inline ? (
            <Flex wrap gap={12} align="center">
              {children}
            </Flex>
          ) : (
            <Row gutter={[12, 12]}>{children}</Row>
          )}
          {footer ? <div style={{ marginTop: 12 }}>{footer}</div> : null}
        </Card>
      </ArrangementContext.Provider>
    );

  const all = Children.toArray(children);
  const pinned = all.filter(isPinned);
  const folded = all.filter((c) => !isPinned(c));
  return (
    <div style={{ marginBottom: 12, ...style }} data-testid={testId} data-open={open}>
      <Flex gap={8} align="center" justify="flex-end">
        {pinned.length > 0 && (
          <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
            {pinned.map((p) => (
              <div key={p.key}>{p.props.children}</div>
            ))}
          </Flex>
        )}
        <Button
          icon={open ? <UpOutlined /> : <FilterOutlined />}
          type={active > 0 ? 'primary' : 'default'}
          ghost={active > 0}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          style={{ minHeight: 40, flex: 'none' }}
          data-testid={`${testId}-toggle`}
        >
          {open ? t('common.filterHide') : active > 0 ? t('common.filterActive', { count: active }) : t('common.filter')}
        </Button>
      </Flex>
      {open && (
        <Card size="small" style={{ marginTop: 8 }} id={panelId} data-testid={`${testId}-panel`}>
          <ArrangementContext.Provider value="stack">
            <Flex vertical gap={12}>
              {folded}
            </Flex>
          </ArrangementContext.Provider>
          {footer ? <div style={{ marginTop: 12 }}>{footer}</div> : null}
        </Card>
      )}
    </div>
  );
}
