import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Pagination, Typography, theme } from 'antd';
import { CarryOutOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Paged } from '../../../app/api/types';
import { PageHeader } from '../../../shared/components/PageHeader';
import { SimpleList } from '../../../shared/components/SimpleList';
import { usePaged } from '../../../shared/hooks/usePaged';
import { useUrlState } from '../../../shared/hooks/useUrlState';
import { formatTime } from '../../../shared/format';
import { PERM, peopleKeys, usePermissions } from '../api';
import { MINE, targetKey, useVisitCoverage, type CoverageTarget } from '../coverage';
import { NoPermission } from '../components/NoPermission';
import { OutOfScope, VisitCoverageCard } from '../components/VisitCoverageCard';
import { VisitForm, type HouseChoice } from '../components/VisitForm';
import { VisitQueuePanel } from '../components/VisitQueuePanel';
import { usePeopleT } from '../i18n';
import { useVisitQueue } from '../visitQueue';
import type { UnvisitedHousehold } from '../types';

const UNVISITED_PAGE_SIZE = 10;

type UnvisitedPage = UseQueryResult<Paged<UnvisitedHousehold>>;
type ReaderProps = { listKey: readonly unknown[]; page: number; children: (q: UnvisitedPage) => ReactNode };

// Each kind of target has its own route, as for the coverage: one reader per kind, so that every usePaged call
// names its route and runs on every render of its component.
function MyUnvisited({ listKey, page, children }: ReaderProps) {
  return children(usePaged(listKey, '/api/people/visits/my-unvisited', { page, pageSize: UNVISITED_PAGE_SIZE }));
}

function UnitUnvisited({ id, listKey, page, children }: ReaderProps & { id: string }) {
  return children(usePaged(listKey, '/api/people/units/{id}/unvisited', { page, pageSize: UNVISITED_PAGE_SIZE }, { path: { id } }));
}

function GridUnvisited({ id, listKey, page, children }: ReaderProps & { id: string }) {
  return children(usePaged(listKey, '/api/people/grids/{id}/unvisited', { page, pageSize: UNVISITED_PAGE_SIZE }, { path: { id } }));
}

function UnvisitedCard({ target, canVisit, onRecord }: { target: CoverageTarget; canVisit: boolean; onRecord: (h: HouseChoice) => void }) {
  const [page, setPage] = useState(1);
  const key = targetKey(target);
  useEffect(() => setPage(1), [key]);
  const listKey = peopleKeys.unvisited(key);
  const list = (q: UnvisitedPage) => <UnvisitedList q={q} page={page} onPage={setPage} canVisit={canVisit} onRecord={onRecord} />;
  switch (target.kind) {
    case 'mine':
      return (
        <MyUnvisited listKey={listKey} page={page}>
          {list}
        </MyUnvisited>
      );
    case 'unit':
      return (
        <UnitUnvisited id={target.id} listKey={listKey} page={page}>
          {list}
        </UnitUnvisited>
      );
    case 'grid':
      return (
        <GridUnvisited id={target.id} listKey={listKey} page={page}>
          {list}
        </GridUnvisited>
      );
  }
}

function UnvisitedList({
  q,
  page,
  onPage,
  canVisit,
  onRecord,
}: {
  q: UnvisitedPage;
  page: number;
  onPage: (page: number) => void;
  canVisit: boolean;
  onRecord: (h: HouseChoice) => void;
}) {
  const t = usePeopleT();
  const { token } = theme.useToken();
  const total = q.data?.total ?? 0;
  return (
    <Card
      title={t('unvisited.title')}
      extra={q.data ? <Typography.Text type="secondary">{t('common.total', { total })}</Typography.Text> : null}
      style={{ marginBottom: 12 }}
      data-testid="unvisited"
      styles={{ body: { padding: '8px 12px' } }}
    >
      {q.error ? <OutOfScope error={q.error} onRetry={() => void q.refetch()} testId="unvisited" /> : null}
      {!q.error && (
        <SimpleList<UnvisitedHousehold>
          testId="unvisited-list"
          items={q.data?.items ?? []}
          loading={q.isFetching}
          rowKey={(h) => String(h.householdId)}
          itemTestId={(h) => `unvisited-${h.householdId}`}
          empty={t('unvisited.empty')}
          render={(h) => {
            const address = h.address?.text ?? `#${h.houseId}`;
            return (
              <>
                <div style={{ minWidth: 0, padding: '4px 0' }}>
                  <Link to={`/people/houses/${h.houseId}`} style={{ fontSize: token.fontSizeLG }} data-testid={`unvisited-house-${h.householdId}`}>
                    {address}
                  </Link>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                    {h.lastVisitedAt ? t('unvisited.lastVisited', { time: formatTime(h.lastVisitedAt) }) : t('unvisited.never')}
                  </Typography.Text>
                </div>
                {canVisit && (
                  <Button
                    size="large"
                    icon={<CarryOutOutlined />}
                    style={{ minHeight: 48, flexShrink: 0 }}
                    onClick={() => onRecord({ id: h.houseId, label: address })}
                    data-testid={`unvisited-record-${h.householdId}`}
                  >
                    {t('unvisited.record')}
                  </Button>
                )}
              </>
            );
          }}
        />
      )}
      {total > UNVISITED_PAGE_SIZE && (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Pagination simple current={page} pageSize={UNVISITED_PAGE_SIZE} total={total} onChange={onPage} data-testid="unvisited-pagination" />
        </Flex>
      )}
    </Card>
  );
}

/** /people/visits — record a visit on a phone (offline first), my coverage, and the households still to visit. */
export default function VisitsPage() {
  const perms = usePermissions();
  return perms.has(PERM.visit) || perms.has(PERM.read) ? <VisitsView /> : <NoPermission />;
}

function VisitsView() {
  const t = usePeopleT();
  const perms = usePermissions();
  const canVisit = perms.has(PERM.visit);
  const queue = useVisitQueue(perms.userId);
  const [house, setHouse] = useState<HouseChoice | null>(null);
  // Whose coverage is shown: one's own territory unless a unit or grid was chosen (kept in the URL).
  const [url, setUrl] = useUrlState(['unit', 'grid'] as const);
  const target: CoverageTarget = url.unit ? { kind: 'unit', id: url.unit } : url.grid ? { kind: 'grid', id: url.grid } : MINE;
  const coverage = useVisitCoverage(target);
  // A position without a territory of its own (an administrator) has no list until it picks one; the list
  // loads beside the coverage rather than after it.
  const hasTerritory = !(target.kind === 'mine' && coverage.data && !coverage.data.territory);
  const formRef = useRef<HTMLDivElement>(null);

  const record = (h: HouseChoice) => {
    setHouse(h);
    formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <div data-testid="visits-page" style={{ maxWidth: 720, margin: '0 auto' }}>
      <PageHeader title={t('visits.title')} subtitle={t('visits.subtitle')} />
      {canVisit && <VisitQueuePanel queue={queue} />}
      {canVisit ? (
        <div ref={formRef} style={{ scrollMarginTop: 72 }}>
          <Card title={t('visit.title')} style={{ marginBottom: 12 }} data-testid="visit-form-card">
            <VisitForm house={house} onSaved={() => setHouse(null)} />
          </Card>
        </div>
      ) : (
        <Alert type="info" showIcon title={t('visits.readOnly')} style={{ marginBottom: 12 }} data-testid="visits-read-only" />
      )}
      <VisitCoverageCard
        target={target}
        onTarget={(next) => setUrl({ unit: next.kind === 'unit' ? next.id : null, grid: next.kind === 'grid' ? next.id : null })}
      />
      {hasTerritory && <UnvisitedCard target={target} canVisit={canVisit} onRecord={record} />}
    </div>
  );
}
