import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import type { ApiItem } from '../../../app/api/types';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { JsonView } from '../../../shared/components/JsonView';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { formatTime } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { DEFAULT_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { useAuditT } from '../i18n';

type FailedEvent = ApiItem<'/api/audit/failed-events'>;
type Status = FailedEvent['status'];

const STATUSES: Status[] = ['retrying', 'failed', 'done', 'resolved'];
const COLOR: Record<Status, string> = { retrying: 'orange', failed: 'red', done: 'green', resolved: 'default' };
/** The list opens on what still needs someone: the open ones ('' in the URL), or one status, or all. */
const OPEN = '';
const ALL = 'all';
const FILTERS = ['status', 'page', 'pageSize'] as const;
const keys = { all: ['audit', 'failed-events'] as const };

/** /audit/failed-events — domain-event handlers that failed after their change committed: retry now, or close with a note. */
export default function FailedEventsPage() {
  const t = useAuditT();
  const [url, setUrl] = useUrlState(FILTERS);
  const page = toPage(url.page);
  const pageSize = toPage(url.pageSize, DEFAULT_PAGE_SIZE);
  const filter = url.status === ALL || (STATUSES as string[]).includes(url.status) ? url.status : OPEN;
  const [resolving, setResolving] = useState<FailedEvent | null>(null);

  const query = filter === OPEN ? { open: true } : filter === ALL ? {} : { status: filter as Status };
  const q = useQuery({
    queryKey: [...keys.all, filter, page, pageSize],
    queryFn: ({ signal }) => api.get('/api/audit/failed-events', { query: { ...query, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
  const retry = useApiMutation((e: FailedEvent) => api.post('/api/audit/failed-events/{id}/retry', { path: { id: e.id } }), {
    invalidate: [keys.all],
    errorAs: 'message',
    success: (after) => (after.status === 'done' ? t('failed.retried') : t('failed.retryFailed')),
  });

  return (
    <div data-testid="failed-events-page">
      <PageHeader title={t('failed.title')} subtitle={t('failed.subtitle')} />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Typography.Text>{t('failed.status')}</Typography.Text>
          <Select
            aria-label={t('failed.status')}
            data-testid="failed-events-status"
            style={{ width: 200 }}
            value={filter}
            onChange={(v) => setUrl({ status: v || null, page: null })}
            options={[
              { value: OPEN, label: t('failed.filter.open') },
              ...STATUSES.map((s) => ({ value: s, label: t(`failed.status.${s}`) })),
              { value: ALL, label: t('failed.filter.all') },
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching} data-testid="failed-events-refresh">
            {t('failed.refresh')}
          </Button>
        </Flex>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<FailedEvent>
          testId="failed-events-table"
          rowKey="id"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
          expandable={{
            expandedRowRender: (e) => (
              <Flex vertical gap={8} data-testid={`failed-event-detail-${e.id}`}>
                <Typography.Text strong>{t('failed.payload')}</Typography.Text>
                <JsonView value={e.payload} />
                <Typography.Text strong>{t('failed.error')}</Typography.Text>
                <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>
                  {e.error}
                </Typography.Paragraph>
                {e.resolutionNote ? (
                  <>
                    <Typography.Text strong>{t('failed.note')}</Typography.Text>
                    <Typography.Paragraph data-testid={`failed-event-note-${e.id}`}>{e.resolutionNote}</Typography.Paragraph>
                  </>
                ) : null}
              </Flex>
            ),
          }}
          columns={[
            { title: 'ID', dataIndex: 'id', width: 70 },
            {
              title: t('failed.handler'),
              key: 'handler',
              render: (_, e) => (
                <span>
                  <Tag>{e.eventType}</Tag>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                    {t('failed.module', { module: e.module })}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('failed.status'),
              dataIndex: 'status',
              render: (s: Status) => (
                <Tag color={COLOR[s]} data-testid="failed-event-status">
                  {t(`failed.status.${s}`)}
                </Tag>
              ),
            },
            { title: t('failed.attempts'), dataIndex: 'attempts', width: 90 },
            { title: t('failed.occurredAt'), dataIndex: 'occurredAt', render: (at: string) => formatTime(at, true) },
            { title: t('failed.lastFailedAt'), dataIndex: 'lastFailedAt', render: (at: string) => formatTime(at, true) },
            { title: t('failed.nextAt'), dataIndex: 'nextAt', render: (at: string | null) => (at ? formatTime(at, true) : '—') },
            {
              title: t('failed.lastError'),
              dataIndex: 'error',
              render: (err: string) => (
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                  {err.split('\n')[0]}
                </Typography.Text>
              ),
            },
            {
              title: t('failed.actions'),
              key: 'actions',
              render: (_, e) =>
                e.status === 'retrying' || e.status === 'failed' ? (
                  <Flex gap={4}>
                    <Button
                      size="small"
                      loading={retry.isPending && retry.variables?.id === e.id}
                      onClick={() => retry.mutate(e)}
                      data-testid={`failed-event-retry-${e.id}`}
                    >
                      {t('failed.retry')}
                    </Button>
                    <Button size="small" onClick={() => setResolving(e)} data-testid={`failed-event-resolve-${e.id}`}>
                      {t('failed.resolve')}
                    </Button>
                  </Flex>
                ) : null,
            },
          ]}
        />
      </Card>
      {resolving ? (
        <FormModal<{ note?: string }>
          testId="failed-event-resolve"
          title={t('failed.resolveTitle', { id: resolving.id })}
          intro={<Typography.Paragraph type="secondary">{t('failed.resolveIntro')}</Typography.Paragraph>}
          submit={(v) => api.post('/api/audit/failed-events/{id}/resolve', { path: { id: resolving.id }, body: { note: v.note?.trim() || null } })}
          invalidate={[keys.all]}
          success={t('failed.resolved')}
          onClose={() => setResolving(null)}
        >
          <Form.Item name="note" label={t('failed.note')} rules={[{ required: true, whitespace: true, message: t('failed.noteRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="failed-event-resolve-note" />
          </Form.Item>
        </FormModal>
      ) : null}
    </div>
  );
}
