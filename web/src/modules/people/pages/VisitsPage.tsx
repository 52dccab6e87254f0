import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Pagination, Progress, Row, Statistic, Typography, theme } from 'antd';
import { CarryOutOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, isNotFound } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { Loading } from '../../../shared/components/QueryState';
import { SimpleList } from '../../../shared/components/SimpleList';
import { UnitPicker, type UnitRef } from '../../../shared/components/UnitPicker';
import { usePaged } from '../../../shared/hooks/usePaged';
import { useUrlState } from '../../../shared/hooks/useUrlState';
import { formatDate, formatTime } from '../../../shared/format';
import { PERM, peopleKeys, usePermissions } from '../api';
import { NoPermission } from '../components/NoPermission';
import { VisitForm, type HouseChoice } from '../components/VisitForm';
import { VisitQueuePanel } from '../components/VisitQueuePanel';
import { usePeopleT } from '../i18n';
import { useVisitQueue } from '../visitQueue';
import type { UnvisitedHousehold, VisitCoverage } from '../types';

const UNVISITED_PAGE_SIZE = 10;

function OutOfScope({ error, onRetry, testId }: { error: unknown; onRetry: () => void; testId: string }) {
  const t = usePeopleT();
  // The position's unit may lie above the scope (a grid worker's street): ask for a unit within it.
  if (isNotFound(error)) return <Alert type="info" showIcon title={t('coverage.pickUnit')} data-testid={`${testId}-pick-unit`} />;
  return <ErrorAlert error={error} onRetry={onRetry} testId={`${testId}-error`} />;
}

function CoverageCard({ unitId, defaultUnit, onUnit }: { unitId: string; defaultUnit: UnitRef | null; onUnit: (id: string | null) => void }) {
  const t = usePeopleT();
  const q = useQuery({
    queryKey: peopleKeys.coverage(unitId),
    queryFn: ({ signal }) => api.get<VisitCoverage>(`/api/people/units/${encodeURIComponent(unitId)}/visit-coverage`, undefined, signal),
    enabled: !!unitId,
  });
  const c = q.data;
  const share = c && c.households ? Math.round((c.visited / c.households) * 1000) / 10 : 0;
  return (
    <Card
      title={t('coverage.title')}
      extra={c ? <Typography.Text type="secondary">{t('coverage.since', { date: formatDate(c.since) })}</Typography.Text> : null}
      style={{ marginBottom: 12 }}
      data-testid="visit-coverage"
    >
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
          {t('coverage.scope')}
        </Typography.Text>
        <UnitPicker
          testId="coverage-unit"
          size="large"
          style={{ flex: 1, minWidth: 0 }}
          value={unitId || null}
          initial={defaultUnit}
          allowClear={!!defaultUnit && unitId !== String(defaultUnit.id)}
          onChange={(id) => onUnit(id === null || id === undefined ? null : String(id))}
        />
      </Flex>
      {q.error ? <OutOfScope error={q.error} onRetry={() => void q.refetch()} testId="coverage" /> : null}
      {!c && !q.error && unitId ? <Loading testId="visit-coverage-loading" /> : null}
      {c && (
        <>
          <Flex align="center" gap={16} wrap style={{ marginBottom: 12 }}>
            <Progress type="circle" percent={share} size={96} format={() => `${share}%`} data-testid="coverage-share" />
            <Row gutter={[16, 8]} style={{ flex: 1, minWidth: 200 }}>
              <Col span={12}>
                <Statistic title={t('coverage.households')} value={c.households} data-testid="coverage-households" />
              </Col>
              <Col span={12}>
                <Statistic title={t('coverage.visited')} value={c.visited} data-testid="coverage-visited" />
              </Col>
            </Row>
          </Flex>
          <Row gutter={[16, 8]}>
            <Col span={8}>
              <Statistic title={t('coverage.visits')} value={c.visits} data-testid="coverage-visits" />
            </Col>
            <Col span={8}>
              <Statistic title={t('coverage.needs')} value={c.needs} data-testid="coverage-needs" />
            </Col>
            <Col span={8}>
              <Statistic title={t('coverage.solved')} value={c.solved} data-testid="coverage-solved" />
            </Col>
          </Row>
          {c.visitors.length > 0 && (
            <div style={{ marginTop: 12 }} data-testid="coverage-visitors">
              <Typography.Text type="secondary">{t('coverage.topVisitors')}</Typography.Text>
              <Flex vertical gap={2} style={{ marginTop: 4 }}>
                {c.visitors.slice(0, 5).map((v) => (
                  <Flex key={v.visitorId} justify="space-between">
                    <span>{v.visitorName}</span>
                    <Typography.Text type="secondary">{t('coverage.visitCount', { n: v.visits })}</Typography.Text>
                  </Flex>
                ))}
              </Flex>
            </div>
          )}
        </>
      )}
    </Card>
  );
}

function UnvisitedCard({ unitId, canVisit, onRecord }: { unitId: string; canVisit: boolean; onRecord: (h: HouseChoice) => void }) {
  const t = usePeopleT();
  const { token } = theme.useToken();
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [unitId]);
  const q = usePaged<UnvisitedHousehold>(peopleKeys.unvisited(unitId), `/api/people/units/${encodeURIComponent(unitId)}/unvisited`, { page, pageSize: UNVISITED_PAGE_SIZE }, !!unitId);
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
          <Pagination simple current={page} pageSize={UNVISITED_PAGE_SIZE} total={total} onChange={setPage} data-testid="unvisited-pagination" />
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
  // The unit whose coverage is shown: the position's unit unless another was chosen (kept in the URL).
  const [url, setUrl] = useUrlState(['unit'] as const);
  const scopeUnit = url.unit || perms.unitId;
  const defaultUnit: UnitRef | null = perms.unitId ? { id: perms.unitId, name: perms.unitName, type: '' } : null;
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
      <CoverageCard unitId={scopeUnit} defaultUnit={defaultUnit} onUnit={(id) => setUrl({ unit: id && id !== perms.unitId ? id : null })} />
      {scopeUnit && <UnvisitedCard unitId={scopeUnit} canVisit={canVisit} onRecord={record} />}
    </div>
  );
}
