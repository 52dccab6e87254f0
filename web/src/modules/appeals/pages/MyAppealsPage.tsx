import { Button, Card, Empty, Flex, Pagination, Tag, Typography, theme } from 'antd';
import { CameraOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { Loading } from '../../../shared/components/QueryState';
import { formatTime } from '../../../shared/format';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { PERM, useAppealsPermissions, useOrders } from '../api';
import { NoPermission } from '../components/NoPermission';
import { OrderProgress } from '../components/OrderProgress';
import { StatusTag } from '../components/OrderTags';
import { useAppealsT } from '../i18n';
import type { OrderSummary } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const PAGE_SIZE = 10;
const CHIPS = {
  all: undefined,
  open: 'received,dispatched,accepted,in_progress,suspended',
  toRate: 'resolved',
  done: 'closed,merged,invalid',
} as const;
type Chip = keyof typeof CHIPS;

/** /appeals/mine — a resident's own appeals on the phone, each with how far it has got. */
export default function MyAppealsPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.report) ? <Mine /> : <NoPermission />;
}

function OrderCard({ o }: { o: OrderSummary }) {
  const t = useAppealsT();
  const ratingTerms = useVocabulary('appeals.rating');
  const { label } = useI18n();
  const { token } = theme.useToken();
  return (
    <Link to={`/appeals/${o.id}`} data-testid={`mine-order-${o.id}`} style={{ color: 'inherit', display: 'block' }}>
      <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: token.fontSizeLG }} ellipsis>
              {o.title}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
              #{o.id} · {label(o.categoryName)} · {formatTime(o.receivedAt)}
            </Typography.Text>
          </div>
          <Flex align="center" gap={4}>
            <StatusTag status={o.status} testId={`mine-status-${o.id}`} />
            <RightOutlined style={{ color: token.colorTextTertiary }} />
          </Flex>
        </Flex>
        <div style={{ marginTop: 10 }}>
          <OrderProgress order={o} testId={`mine-progress-${o.id}`} />
        </div>
        <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 4 }}>
          <Typography.Text type="secondary" style={{ fontSize: '0.85em' }} ellipsis>
            {o.handler ? t('mine.handler', { name: o.handler.name }) : ''}
          </Typography.Text>
          {/* A resolved order waiting for the rating says so in its status tag (已办结待评价): no second tag. */}
          {o.rating && <Tag color="green">{ratingTerms.label(o.rating)}</Tag>}
        </Flex>
      </Card>
    </Link>
  );
}

function Mine() {
  const t = useAppealsT();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const [url, setUrl] = useUrlState(['chip', 'page'] as const);
  const chip: Chip = url.chip in CHIPS ? (url.chip as Chip) : 'all';
  const page = toPage(url.page);
  const q = useOrders({ view: 'mine', status: CHIPS[chip], page, pageSize: PAGE_SIZE, sort: 'received_desc' });
  const items = q.data?.items ?? [];
  return (
    <div data-testid="mine-page">
      <PageHeader title={t('mine.title')} subtitle={t('mine.subtitle')} />
      <Button
        type="primary"
        size="large"
        block
        icon={<CameraOutlined />}
        onClick={() => navigate('/appeals/report')}
        style={{ marginBottom: 12, height: 52 }}
        data-testid="mine-report"
      >
        {t('mine.report')}
      </Button>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} role="group" aria-label={t('filter.status')}>
        {(Object.keys(CHIPS) as Chip[]).map((c) => (
          <Tag.CheckableTag
            key={c}
            checked={chip === c}
            onChange={() => setUrl({ chip: c === 'all' ? null : c, page: null })}
            data-testid={`mine-chip-${c}`}
            style={{
              padding: '6px 14px',
              borderRadius: 16,
              fontSize: token.fontSize,
              border: `1px solid ${chip === c ? token.colorPrimary : token.colorBorder}`,
            }}
          >
            {t(`mine.chip.${c}`)}
          </Tag.CheckableTag>
        ))}
      </Flex>
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Empty description={t('mine.empty')} data-testid="mine-empty" />
      ) : (
        <Flex vertical gap={10} data-testid="mine-list">
          {items.map((o) => (
            <OrderCard key={o.id} o={o} />
          ))}
        </Flex>
      )}
      {(q.data?.total ?? 0) > PAGE_SIZE && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Pagination simple current={page} pageSize={PAGE_SIZE} total={q.data?.total ?? 0} onChange={(p) => setUrl({ page: p })} />
        </Flex>
      )}
    </div>
  );
}
