import { useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Flex, Select, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { AuditOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { usePaged, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { formatTime } from '../../../shared/format';
import { PERM, usePermissions } from '../api';
import { NoPermission } from '../components/NoPermission';
import { DecideExportModal } from '../components/DecideExportModal';
import { ExportFilterSummary } from '../components/ExportFilterSummary';
import { ExportPolicyCard } from '../components/ExportPolicyCard';
import { EXPORT_PERM, EXPORT_STATUSES, exportKeys, useExportFiles, type ExportRequest, type ExportStatus } from '../exportRequests';
import { useExportT } from '../exportI18n';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';
import { useTodoCount } from '../../../app/nav';

const STATUS_COLOR: Record<ExportStatus, string> = { pending: 'processing', approved: 'success', rejected: 'error', expired: 'default', downloaded: 'purple' };

/** /people/exports — my export requests (download once approved) and those I may decide. */
export default function ExportRequestsPage() {
  const perms = usePermissions();
  return perms.has(PERM.export) || perms.has(EXPORT_PERM.approve) ? <ExportRequests /> : <NoPermission />;
}

function ExportRequests() {
  const t = useExportT();
  const exportStatusTerms = useVocabulary('people.exportStatus');
  const perms = usePermissions();
  const qc = useQueryClient();
  const files = useExportFiles();
  const mayDecide = perms.has(EXPORT_PERM.approve);
  const [url, setUrl] = useUrlState(['tab', 'status', 'page', 'pageSize'] as const);
  // Unless a tab was chosen, the page opens on the requests waiting for the caller's decision when there are any.
  const waiting = useTodoCount('people.exports');
  const tab = mayDecide && (url.tab === 'decide' || (url.tab !== 'mine' && (waiting ?? 0) > 0)) ? 'decide' : 'mine';
  const status = EXPORT_STATUSES.find((s) => s === url.status);
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const q = usePaged(exportKeys.requests, '/api/people/export-requests', { view: tab, status, page, pageSize });
  const list = q.data;
  const [deciding, setDeciding] = useState<ExportRequest | null>(null);
  // A download is used up even when the file does not arrive: the list is read again either way.
  const download = useApiMutation((r: ExportRequest) => files.downloadApproved(r.id), { success: t('export.started'), errorAs: 'message' });
  const downloadOne = (r: ExportRequest) => download.mutate(r, { onSettled: () => void qc.invalidateQueries({ queryKey: exportKeys.requests }) });

  return (
    <div data-testid="export-requests-page">
      <PageHeader title={t('exports.title')} subtitle={t('exports.subtitle')} />
      {list && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="export-limit"
          title={list.approvalAbove === null ? t('exports.noLimit') : t('exports.limit', { limit: list.approvalAbove })}
        />
      )}
      {perms.has(EXPORT_PERM.policy) && list?.districtId ? <ExportPolicyCard districtId={list.districtId} /> : null}
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Tabs
            activeKey={tab}
            onChange={(k) => setUrl({ tab: k, page: null })}
            items={[
              { key: 'mine', label: <span data-testid="export-tab-mine">{t('exports.tab.mine')}</span> },
              ...(mayDecide ? [{ key: 'decide', label: <span data-testid="export-tab-decide">{t('exports.tab.decide')}</span> }] : []),
            ]}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('common.all')}
            value={status}
            onChange={(v) => setUrl({ status: v ?? null, page: null })}
            aria-label={t('common.status')}
            data-testid="export-status-filter"
            options={EXPORT_STATUSES.map((s) => ({ value: s, label: exportStatusTerms.label(s) }))}
          />
        </Flex>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<ExportRequest>
          testId="export-requests-table"
          rowKey="id"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
          onRow={(r) => ({ 'data-testid': `export-request-${r.id}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('exports.col.createdAt'), key: 'createdAt', render: (_, r) => formatTime(r.createdAt) },
            ...(tab === 'decide' ? [{ title: t('exports.col.requester'), key: 'requester', render: (_: unknown, r: ExportRequest) => r.requesterName }] : []),
            { title: t('exports.col.unit'), key: 'unit', render: (_, r) => r.unitName ?? '—' },
            { title: t('exports.col.filters'), key: 'filters', render: (_, r) => <ExportFilterSummary filters={r.filters} /> },
            {
              title: t('exports.col.rows'),
              key: 'rows',
              align: 'right',
              render: (_, r) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{r.rows.toLocaleString()}</span>,
            },
            {
              title: t('exports.col.reason'),
              key: 'reason',
              render: (_, r) => (
                <Typography.Text style={{ maxWidth: 240 }} ellipsis={{ tooltip: r.reason }}>
                  {r.reason}
                </Typography.Text>
              ),
            },
            {
              title: t('common.status'),
              key: 'status',
              render: (_, r) => (
                <Tag color={STATUS_COLOR[r.status]} data-testid={`export-status-${r.id}`}>
                  {exportStatusTerms.label(r.status)}
                </Tag>
              ),
            },
            {
              title: t('exports.col.decision'),
              key: 'decision',
              render: (_, r) =>
                r.decidedByName ? (
                  <Space orientation="vertical" size={0}>
                    <span>
                      {r.decidedByName} · {formatTime(r.decidedAt)}
                    </span>
                    {r.decisionNote && <Typography.Text type="secondary">{r.decisionNote}</Typography.Text>}
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              title: t('exports.col.expiresAt'),
              key: 'expiresAt',
              // A waiting request lapses if nobody decides it in time; an approved one if nobody downloads it.
              render: (_, r) =>
                (r.status === 'pending' || r.status === 'approved') && r.expiresAt
                  ? `${t(r.status === 'pending' ? 'exports.decideBy' : 'exports.downloadBy')} ${formatTime(r.expiresAt)}`
                  : '—',
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, r) => (
                <Space>
                  {r.can.download && (
                    <Tooltip title={t('exports.downloadHint')}>
                      <Button
                        type="primary"
                        size="small"
                        icon={<DownloadOutlined />}
                        loading={download.isPending && download.variables?.id === r.id}
                        onClick={() => downloadOne(r)}
                        data-testid={`export-download-${r.id}`}
                      >
                        {t('exports.download')}
                      </Button>
                    </Tooltip>
                  )}
                  {r.can.decide && (
                    <Button size="small" icon={<AuditOutlined />} onClick={() => setDeciding(r)} data-testid={`export-decide-${r.id}`}>
                      {t('exports.decide')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <DecideExportModal request={deciding} onClose={() => setDeciding(null)} />
    </div>
  );
}
