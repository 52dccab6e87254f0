import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Progress, Row, Statistic, Tag, Typography, theme } from 'antd';
import { isNotFound } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/QueryState';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { formatDate } from '../../../shared/format';
import { usePermissions } from '../api';
import { MINE, useVisitCoverage, type CoverageTarget } from '../coverage';
import { usePeopleT } from '../i18n';
import { GridSelect } from './GridSelect';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

export function OutOfScope({ error, onRetry, testId }: { error: unknown; onRetry: () => void; testId: string }) {
  const t = usePeopleT();
  // A unit or grid from an old link may lie outside the position's scope: ask for one within it.
  if (isNotFound(error)) return <Alert type="info" showIcon title={t('coverage.pickUnit')} data-testid={`${testId}-pick-unit`} />;
  return <ErrorAlert error={error} onRetry={onRetry} testId={`${testId}-error`} />;
}

/** Picks a unit or a grid (grids only for positions that may browse them); clearing returns to one's own. */
function AreaChooser({ target, onTarget }: { target: CoverageTarget; onTarget: (t: CoverageTarget) => void }) {
  const t = usePeopleT();
  const perms = usePermissions();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="coverage-chooser">
      <UnitPicker
        testId="coverage-unit"
        style={{ flex: '1 1 200px', minWidth: 0 }}
        placeholder={t('coverage.unitPlaceholder')}
        value={target.kind === 'unit' ? target.id : null}
        onChange={(id) => onTarget(id === null || id === undefined ? MINE : { kind: 'unit', id: String(id) })}
      />
      {perms.has('org.overlay.read') && (
        <GridSelect
          testId="coverage-grid"
          style={{ flex: '1 1 200px', minWidth: 0 }}
          placeholder={t('coverage.gridPlaceholder')}
          value={target.kind === 'grid' ? target.id : ''}
          onChange={(id) => onTarget(id ? { kind: 'grid', id } : MINE)}
        />
      )}
    </Flex>
  );
}

/**
 * Visit coverage of the caller's own territory (a grid worker's grid, a committee worker's committee, a
 * street's street), titled with its name; another unit or grid can be chosen for those who look wider.
 */
export function VisitCoverageCard({ target, onTarget }: { target: CoverageTarget; onTarget: (t: CoverageTarget) => void }) {
  const t = usePeopleT();
  const territoryTerms = useVocabulary('people.territoryKind');
  const { token } = theme.useToken();
  const [choosing, setChoosing] = useState(false);
  const q = useVisitCoverage(target);
  const c = q.data;
  const mine = target.kind === 'mine';
  const noTerritory = mine && !!c && !c.territory;
  const showChooser = choosing || !mine || noTerritory;
  const share = c?.households ? Math.round((c.visited / c.households) * 1000) / 10 : 0;
  const kind =
    c?.territory && territoryTerms.values.includes(c.territory.kind as (typeof territoryTerms.values)[number]) ? territoryTerms.label(c.territory.kind) : null;
  return (
    <Card
      title={mine ? t('coverage.titleMine') : t('coverage.title')}
      extra={c ? <Typography.Text type="secondary">{t('coverage.since', { date: formatDate(c.since) })}</Typography.Text> : null}
      style={{ marginBottom: 12 }}
      data-testid="visit-coverage"
    >
      {(c?.territory || !mine || !showChooser) && (
        <Flex align="center" justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
          <Flex align="center" gap={6} style={{ minWidth: 0 }}>
            {c?.territory && (
              <>
                <Typography.Text strong style={{ fontSize: token.fontSizeLG }} data-testid="coverage-territory">
                  {c.territory.name}
                </Typography.Text>
                {kind && <Tag data-testid="coverage-territory-kind">{kind}</Tag>}
              </>
            )}
          </Flex>
          {mine && !showChooser && (
            <Button type="link" onClick={() => setChoosing(true)} data-testid="coverage-choose">
              {t('coverage.choose')}
            </Button>
          )}
          {!mine && (
            <Button
              type="link"
              onClick={() => {
                setChoosing(false);
                onTarget(MINE);
              }}
              data-testid="coverage-mine"
            >
              {t('coverage.backToMine')}
            </Button>
          )}
        </Flex>
      )}
      {showChooser && <AreaChooser target={target} onTarget={onTarget} />}
      {q.error ? <OutOfScope error={q.error} onRetry={() => void q.refetch()} testId="coverage" /> : null}
      {!c && !q.error ? <Loading testId="visit-coverage-loading" /> : null}
      {noTerritory && <Alert type="info" showIcon title={t('coverage.noTerritory')} data-testid="coverage-pick-unit" />}
      {c && !noTerritory && (
        <>
          <Flex align="center" gap={16} wrap style={{ marginBottom: 12 }}>
            <Progress type="circle" percent={share} size={96} format={() => `${share}%`} aria-label={t('coverage.title')} data-testid="coverage-share" />
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
