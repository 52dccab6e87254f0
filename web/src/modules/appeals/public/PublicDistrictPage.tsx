import { useState } from 'react';
import { Card, Col, List, Pagination, Row, Segmented, Statistic, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { QueryState } from '../../../shared/components/QueryState';
import { formatTime } from '../../../shared/format';
import { TerritoryMap, type MapMarker } from '../../../shared/map/TerritoryMap';
import { usePublicT } from './public.i18n';
import { PublicShell as PublicFrame } from './PublicShell';
import { STAGE_COLOUR, usePublicIndicators, usePublicReports, type PublicStage } from './publicApi';

const STAGE_TAG: Record<PublicStage, string> = { pending: 'red', handling: 'gold', done: 'green' };
const percent = (r: number | null) => (r === null ? null : `${Math.round(r * 1000) / 10}%`);

/** A district's public page: its public reports on the map and in a list, and its indicators. */
export function PublicDistrictPage() {
  // Without a code in the address the server answers for its only district; links then carry that district's code.
  const asked = useParams().district;
  const t = usePublicT();
  const { label } = useI18n();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [stage, setStage] = useState<PublicStage | 'all'>('all');
  const reports = usePublicReports(asked, page, stage === 'all' ? undefined : stage);
  const name = reports.data?.district.name ?? '';
  const district = asked ?? reports.data?.district.code ?? undefined;
  return (
    <PublicFrame title={t('pub.title', { district: name })} subtitle={t('pub.subtitle')}>
      <Indicators district={asked} />
      <QueryState query={reports}>
        {(data) => {
          const markers: MapMarker[] = data.items
            .filter((r) => r.place.lat !== null && r.place.lng !== null)
            .map((r) => ({
              id: r.id,
              lat: r.place.lat!,
              lng: r.place.lng!,
              colour: STAGE_COLOUR[r.stage],
              title: `${label(r.category.name)} · ${label(r.stageLabel)}`,
            }));
          return (
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} lg={14}>
                <TerritoryMap
                  district={district}
                  markers={markers}
                  cluster
                  onMarkerClick={(id) => navigate(`/public/${district}/reports/${id}`)}
                  height={420}
                  testId="public-map"
                />
              </Col>
              <Col xs={24} lg={10}>
                <Card
                  size="small"
                  title={t('pub.list')}
                  extra={
                    <Segmented<PublicStage | 'all'>
                      size="small"
                      value={stage}
                      onChange={(v) => {
                        setStage(v);
                        setPage(1);
                      }}
                      options={[
                        { value: 'all', label: t('pub.all') },
                        ...(['pending', 'handling', 'done'] as const).map((s) => ({ value: s, label: t(`pub.stage.${s}` as const) })),
                      ]}
                      data-testid="public-stage"
                    />
                  }
                >
                  <List
                    dataSource={data.items}
                    locale={{ emptyText: t('pub.empty') }}
                    data-testid="public-list"
                    renderItem={(r) => (
                      <List.Item key={r.id} data-testid="public-report">
                        <List.Item.Meta
                          title={
                            <Link to={`/public/${district}/reports/${r.id}`} data-testid="public-report-link">
                              {label(r.category.name)}
                            </Link>
                          }
                          description={`${r.place.name ?? t('pub.placeUnknown')} · ${formatTime(r.receivedAt)}`}
                        />
                        <Tag color={STAGE_TAG[r.stage]} style={{ marginInlineEnd: 0 }}>
                          {label(r.stageLabel)}
                        </Tag>
                      </List.Item>
                    )}
                  />
                  <Typography.Text type="secondary">{t('pub.total', { total: data.total })}</Typography.Text>
                  {data.total > data.pageSize && (
                    <Pagination simple current={page} pageSize={data.pageSize} total={data.total} onChange={setPage} style={{ marginTop: 8 }} />
                  )}
                </Card>
              </Col>
            </Row>
          );
        }}
      </QueryState>
    </PublicFrame>
  );
}

/** The district's published figures: volume, on-time and satisfaction rates, each with the previous period. */
function Indicators({ district }: { district: string | undefined }) {
  const t = usePublicT();
  const q = usePublicIndicators(district);
  if (!q.data) return null;
  const d = q.data;
  const rate = (key: 'onTimeRate' | 'satisfactionRate', base: 'resolved' | 'rated', title: string, testId: string) => {
    const cur = percent(d.current[key]);
    return (
      <Col xs={24} sm={8}>
        <Card size="small" data-testid={testId}>
          {cur === null ? <Statistic title={title} value="—" /> : <Statistic title={title} value={cur} />}
          <Typography.Text type="secondary">
            {cur === null
              ? t('pub.tooFew', { base: d.minComparisonBase, count: d.current[base] })
              : t('pub.previous', { value: percent(d.previous[key]) ?? '—' })}
          </Typography.Text>
        </Card>
      </Col>
    );
  };
  return (
    <>
      <Typography.Text type="secondary">{t('pub.indicators', { days: d.days })}</Typography.Text>
      <Row gutter={[16, 16]} style={{ marginTop: 8 }} data-testid="public-indicators">
        <Col xs={24} sm={8}>
          <Card size="small" data-testid="public-received">
            <Statistic title={t('pub.received')} value={d.current.received} />
            <Typography.Text type="secondary">{t('pub.previous', { value: d.previous.received })}</Typography.Text>
          </Card>
        </Col>
        {rate('onTimeRate', 'resolved', t('pub.onTime'), 'public-on-time')}
        {rate('satisfactionRate', 'rated', t('pub.satisfaction'), 'public-satisfaction')}
      </Row>
    </>
  );
}
