import { Alert, Badge, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { CheckCircleOutlined, CloudSyncOutlined, DisconnectOutlined, ExclamationCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { formatTime } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import { usePeopleT } from '../i18n';
import type { useVisitQueue } from '../visitQueue';

type Queue = ReturnType<typeof useVisitQueue>;

/** "待同步 N 条", the sync state, and the visits the server refused (with discard / retry). */
export function VisitQueuePanel({ queue }: { queue: Queue }) {
  const t = usePeopleT();
  const { pending, rejected, state } = queue;
  const stateView = {
    syncing: { icon: <SyncOutlined spin />, text: t('queue.state.syncing'), type: 'info' as const },
    offline: { icon: <DisconnectOutlined />, text: t('queue.state.offline'), type: 'warning' as const },
    error: { icon: <ExclamationCircleOutlined />, text: t('queue.state.error'), type: 'warning' as const },
    idle: { icon: <CheckCircleOutlined />, text: pending ? t('queue.state.waiting') : t('queue.state.idle'), type: 'success' as const },
  }[state];
  return (
    <Card size="small" data-testid="visit-queue" data-sync-state={state} data-pending={pending} style={{ marginBottom: 12 }}>
      <Flex align="center" justify="space-between" gap={8} wrap>
        <Flex align="center" gap={8}>
          <Badge count={pending} showZero={false} color={pending ? '#faad14' : undefined}>
            <CloudSyncOutlined style={{ fontSize: 22 }} />
          </Badge>
          <div>
            <Typography.Text strong data-testid="visit-queue-count">
              {pending ? t('queue.pending', { n: pending }) : t('queue.none')}
            </Typography.Text>
            <br />
            <Typography.Text type={stateView.type === 'success' ? 'secondary' : 'warning'} data-testid="visit-queue-state">
              {stateView.icon} {stateView.text}
            </Typography.Text>
            {queue.lastSyncedAt && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                {t('queue.lastSynced', { time: formatTime(queue.lastSyncedAt) })}
              </Typography.Text>
            )}
          </div>
        </Flex>
        {pending > 0 && (
          <Button
            size="large"
            icon={<SyncOutlined />}
            loading={state === 'syncing'}
            onClick={() => void queue.sync()}
            data-testid="visit-queue-sync"
            style={{ minHeight: 48 }}
          >
            {t('queue.syncNow')}
          </Button>
        )}
      </Flex>
      {state === 'error' && queue.lastError && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: '0.85em' }} data-testid="visit-queue-error">
          {queue.lastError}
        </Typography.Text>
      )}
      {rejected.map((r) => (
        <Alert
          key={r.clientId}
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          data-testid={`visit-rejected-${r.clientId}`}
          title={t('queue.rejected', { house: r.houseLabel, time: formatTime(r.body.visitedAt) })}
          description={
            <>
              <div data-testid="visit-rejected-message">{r.rejected?.message}</div>
              <Flex gap={8} style={{ marginTop: 8 }} wrap>
                <Popconfirm
                  title={t('queue.discardConfirm')}
                  okText={t('queue.discard')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true, ...buttonTestId('visit-rejected-discard-confirm') }}
                  onConfirm={() => queue.discard(r.clientId)}
                >
                  <Button danger size="large" data-testid="visit-rejected-discard" style={{ minHeight: 44 }}>
                    {t('queue.discard')}
                  </Button>
                </Popconfirm>
                <Button size="large" onClick={() => queue.retry(r.clientId)} data-testid="visit-rejected-retry" style={{ minHeight: 44 }}>
                  {t('queue.retry')}
                </Button>
              </Flex>
            </>
          }
        />
      ))}
    </Card>
  );
}
