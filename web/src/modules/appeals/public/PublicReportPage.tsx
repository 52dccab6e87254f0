import { Button, Card, Col, Descriptions, Row, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { QueryState } from '../../../shared/components/QueryState';
import { formatTime } from '../../../shared/format';
import { TerritoryMap } from '../../../shared/map/TerritoryMap';
import { usePublicT } from './public.i18n';
import { PublicShell } from './PublicShell';
import { STAGE_COLOUR, usePublicReport } from './publicApi';

/** A report's public page: its category, place, status and the timeline of its public steps. */
export function PublicReportPage() {
  const params = useParams();
  const district = params.district ?? '';
  const id = Number(params.id);
  const t = usePublicT();
  const { label } = useI18n();
  const q = usePublicReport(district, id);
  return (
    <PublicShell title={t('pub.reportTitle', { id })}>
      <Link to={`/public/${district}`}>
        <Button type="link" style={{ paddingInline: 0 }} data-testid="public-back">
          {t('pub.back')}
        </Button>
      </Link>
      <QueryState query={q}>
        {(r) => {
          const point = r.place.lat !== null && r.place.lng !== null ? { lat: r.place.lat, lng: r.place.lng } : null;
          return (
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <Card size="small" data-testid="public-report-card">
                  <Descriptions
                    column={1}
                    size="small"
                    items={[
                      { key: 'category', label: t('pub.category'), children: `${label(r.category.group)} · ${label(r.category.name)}` },
                      { key: 'place', label: t('pub.place'), children: r.place.name ?? t('pub.placeUnknown') },
                      {
                        key: 'status',
                        label: t('pub.status'),
                        children: <Tag color={STAGE_COLOUR[r.stage] === 'yellow' ? 'gold' : STAGE_COLOUR[r.stage]}>{label(r.statusLabel)}</Tag>,
                      },
                      { key: 'received', label: t('pub.receivedAt'), children: formatTime(r.receivedAt) },
                      { key: 'resolved', label: t('pub.resolvedAt'), children: formatTime(r.resolvedAt) },
                    ]}
                  />
                  <Typography.Title level={5}>{t('pub.timeline')}</Typography.Title>
                  <Timeline
                    data-testid="public-timeline"
                    items={r.timeline.map((e) => ({
                      key: `${e.step}-${e.at}`,
                      children: (
                        <div>
                          <Typography.Text strong>
                            {label(e.label)}
                            {e.handler ? ` ${label(e.handler)}` : ''}
                          </Typography.Text>
                          <br />
                          <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                          {e.note && <Typography.Paragraph style={{ marginBottom: 0 }}>{e.note}</Typography.Paragraph>}
                        </div>
                      ),
                    }))}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                {point ? (
                  <TerritoryMap
                    district={district}
                    markers={[{ id: r.id, ...point, colour: STAGE_COLOUR[r.stage], title: label(r.category.name), big: true }]}
                    focus={point}
                    height={360}
                    testId="public-report-map"
                  />
                ) : (
                  <Typography.Text type="secondary">{t('pub.noPoint')}</Typography.Text>
                )}
              </Col>
            </Row>
          );
        }}
      </QueryState>
    </PublicShell>
  );
}
