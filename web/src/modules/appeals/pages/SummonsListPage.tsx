import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Rate, Segmented, Select, Space, Typography } from 'antd';
import { PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FilterBar, FilterField } from '../../../shared/components/FilterBar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { SearchBox } from '../../../shared/components/SearchBox';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { formatTime } from '../../../shared/format';
import { SUMMONS_PERM, useAppealsPermissions, useSummonsList } from '../api';
import { NoPermission } from '../components/NoPermission';
import { useSummonsT } from '../i18n';
import { SUMMONS_STATUSES, type SummonsSummary } from '../types';
import { SummonsRaiseModal } from './SummonsRaiseModal';
import { InviteeName, SummonsStatusTag, SummonsTimingTag } from './SummonsTags';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/**
 * /appeals/summons — the summons one sees: a committee its own (and raises new ones), a street its committees'
 * and those inviting it, a department those inviting it, the district all. Invitees start on their inbox.
 */
export default function SummonsListPage() {
  const perms = useAppealsPermissions();
  return perms.has(SUMMONS_PERM.read) ? <SummonsList /> : <NoPermission />;
}

function SummonsList() {
  const t = useSummonsT();
  const summonsStatusTerms = useVocabulary('appeals.summonsStatus');
  const perms = useAppealsPermissions();
  const navigate = useNavigate();
  const invitee = perms.has(SUMMONS_PERM.respond);
  const committee = perms.has(SUMMONS_PERM.raise) && (perms.role === 'committee_worker' || perms.role === 'committee_head') && perms.unitId !== null;
  const [url, setUrl] = useUrlState(['view', 'status', 'overdue', 'q', 'page', 'pageSize'] as const);
  const [raising, setRaising] = useState(false);
  const view = url.view === 'all' || url.view === 'inbox' ? url.view : invitee ? 'inbox' : 'all';
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const q = useSummonsList({
    view: invitee ? view : 'all',
    status: url.status || undefined,
    overdue: url.overdue === '1' || undefined,
    q: url.q || undefined,
    page,
    pageSize,
  });

  return (
    <div data-testid="summons-page">
      <PageHeader
        title={t('summons.title')}
        subtitle={t('summons.subtitle')}
        extra={
          <Space>
            {perms.has(SUMMONS_PERM.indicators) && (
              <Link to="/appeals/summons/rates">
                <Button icon={<TrophyOutlined />} data-testid="summons-rates-link">
                  {t('summons.rates')}
                </Button>
              </Link>
            )}
            {committee && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="summons-raise">
                {t('summons.raise')}
              </Button>
            )}
          </Space>
        }
      />
      <FilterBar testId="summons-filters" inline active={[invitee && url.view, url.status, url.overdue].filter(Boolean).length}>
        {invitee && (
          <FilterField label={t('summons.view')}>
            <Segmented
              value={view}
              onChange={(v) => setUrl({ view: v as string, page: null })}
              options={[
                { value: 'inbox', label: <span data-testid="summons-view-inbox">{t('summons.view.inbox')}</span> },
                { value: 'all', label: <span data-testid="summons-view-all">{t('summons.view.all')}</span> },
              ]}
            />
          </FilterField>
        )}
        <FilterField label={t('summons.status')}>
          <Select
            allowClear
            style={{ minWidth: 160, width: '100%' }}
            placeholder={t('summons.statusAll')}
            value={url.status || undefined}
            onChange={(v) => setUrl({ status: v ?? null, page: null })}
            options={SUMMONS_STATUSES.map((s) => ({ value: s, label: summonsStatusTerms.label(s) }))}
            aria-label={t('summons.status')}
            data-testid="summons-status-filter"
          />
        </FilterField>
        <FilterField>
          <Checkbox
            checked={url.overdue === '1'}
            onChange={(e) => setUrl({ overdue: e.target.checked ? '1' : null, page: null })}
            data-testid="summons-overdue-filter"
          >
            {t('summons.overdue')}
          </Checkbox>
        </FilterField>
        <FilterField pinned style={{ flex: '1 1 240px', maxWidth: 320 }}>
          <SearchBox testId="summons-search" value={url.q} placeholder={t('summons.search')} onSearch={(v) => setUrl({ q: v || null, page: null })} />
        </FilterField>
      </FilterBar>
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<SummonsSummary>
          testId="summons-table"
          rowKey="id"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: p, pageSize: s })}
          onRow={(r) => ({ onClick: () => navigate(`/appeals/summons/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('summons.id'), dataIndex: 'id', render: (id: number) => `#${id}` },
            {
              title: t('summons.subject'),
              key: 'subject',
              render: (_, r) => (
                <Flex vertical>
                  <Link to={`/appeals/summons/${r.id}`} onClick={(e) => e.stopPropagation()} data-testid={`summons-${r.id}`}>
                    {r.subject}
                  </Link>
                  {r.order && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('summons.order')} #{r.order.id} {r.order.title}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { title: t('summons.committee'), key: 'committee', render: (_, r) => r.committee.name },
            { title: t('summons.invitee'), key: 'invitee', render: (_, r) => <InviteeName invitee={r.invitee} /> },
            { title: t('summons.status'), key: 'status', render: (_, r) => <SummonsStatusTag status={r.status} /> },
            { title: t('summons.invitedAt'), key: 'invitedAt', render: (_, r) => formatTime(r.invitedAt) },
            {
              title: t('summons.response'),
              key: 'response',
              render: (_, r) => (
                <Flex vertical gap={2}>
                  <span>
                    <SummonsTimingTag timing={r.responseTiming} />
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.responseHours !== null ? t('summons.respondedIn', { hours: r.responseHours }) : t('summons.dueBy', { due: formatTime(r.respondDueAt) })}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: t('summons.meeting'), key: 'meeting', render: (_, r) => (r.meetingAt ? `${formatTime(r.meetingAt)} ${r.meetingPlace ?? ''}` : '—') },
            {
              title: t('summons.rating'),
              key: 'rating',
              render: (_, r) => (r.committeeRating ? <Rate disabled value={r.committeeRating} style={{ fontSize: 12 }} /> : '—'),
            },
          ]}
        />
      </Card>
      {raising && committee && (
        <SummonsRaiseModal
          committeeId={perms.unitId!}
          committeeName={perms.unitName}
          onClose={() => setRaising(false)}
          onRaised={(id) => navigate(`/appeals/summons/${id}`)}
        />
      )}
    </div>
  );
}
