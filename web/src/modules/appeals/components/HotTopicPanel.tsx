import type React from 'react';
import { Button, Card, Col, Empty, Flex, List, Progress, Row, Tag, Tooltip, Typography } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import { useI18n } from '../../../app/i18n';
import type { HotTopics, RisingTerm } from './IndicatorApi';
import { useIndicatorT } from './IndicatorI18n';

function RisingTags({ terms, testId, onPick }: { terms: RisingTerm[]; testId: string; onPick?: (term: string) => void }) {
  const t = useIndicatorT();
  return (
    <Flex wrap gap={6} data-testid={testId}>
      {terms.map((r) => (
        <Tooltip key={r.term} title={t('hot.risingDetail', { count: r.count, expected: r.expected.toFixed(1) })}>
          <Tag
            color={r.ratio >= 4 ? 'red' : 'volcano'}
            icon={<RiseOutlined />}
            onClick={onPick ? () => onPick(r.term) : undefined}
            // A tag that shows its word's heat is a button to the keyboard too.
            {...(onPick && {
              role: 'button',
              tabIndex: 0,
              onKeyDown: (e: React.KeyboardEvent) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                onPick(r.term);
              },
            })}
            style={onPick ? { cursor: 'pointer' } : undefined}
          >
            {r.term} <strong>{t('hot.ratio', { n: r.ratio.toFixed(1) })}</strong>
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

/**
 * Hot topics (热点): the keywords and categories raised most over the weeks shown, and the keywords that rose in
 * the last 7 days against the weeks before, for the whole unit and each street or committee in it.
 */
export function HotTopicPanel({ data, loading, onPickTerm }: { data: HotTopics | undefined; loading: boolean; onPickTerm?: (term: string) => void }) {
  const t = useIndicatorT();
  const { label } = useI18n();
  const maxTerm = Math.max(1, ...(data?.terms.map((x) => x.count) ?? [1]));
  const maxCategory = Math.max(1, ...(data?.categories.map((x) => x.count) ?? [1]));
  return (
    <Card
      title={t('hot.title')}
      extra={
        data && <Typography.Text type="secondary">{t('hot.subtitle', { from: data.current.from, to: data.current.to, weeks: data.weeks })}</Typography.Text>
      }
      size="small"
      style={{ marginBottom: 16 }}
      loading={loading && !data}
      data-testid="hot-topics"
    >
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Typography.Title level={5}>{t('hot.rising')}</Typography.Title>
            {data.rising.length ? (
              <RisingTags terms={data.rising} testId="hot-topics-rising" onPick={onPickTerm} />
            ) : (
              <Typography.Text type="secondary">{t('hot.noRising')}</Typography.Text>
            )}
            {data.areaLevel && data.areas.length > 0 && (
              <>
                <Typography.Title level={5} style={{ marginTop: 16 }}>
                  {t('hot.byArea', { level: t(`hot.level.${data.areaLevel}`) })}
                </Typography.Title>
                <List
                  size="small"
                  dataSource={data.areas}
                  data-testid="hot-topics-areas"
                  renderItem={(a) => (
                    <List.Item>
                      <Flex vertical gap={4} style={{ width: '100%' }}>
                        <strong>{a.name}</strong>
                        <RisingTags terms={a.rising.slice(0, 5)} testId={`hot-topics-area-${a.id}`} onPick={onPickTerm} />
                      </Flex>
                    </List.Item>
                  )}
                />
              </>
            )}
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Typography.Title level={5}>{t('hot.terms')}</Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
              {t('hot.termsHint', { from: data.window.from, to: data.window.to })}
            </Typography.Text>
            {data.terms.length ? (
              <List
                size="small"
                dataSource={data.terms.slice(0, 12)}
                data-testid="hot-topics-terms"
                renderItem={(x) => (
                  <List.Item>
                    <Flex style={{ width: '100%' }} gap={8} align="center">
                      {onPickTerm ? (
                        <Button type="link" size="small" onClick={() => onPickTerm(x.term)} style={{ width: 110, flex: 'none', padding: 0, textAlign: 'left' }}>
                          {x.term}
                        </Button>
                      ) : (
                        <span style={{ width: 110, flex: 'none' }}>{x.term}</span>
                      )}
                      <Tooltip title={`${t('hot.thisWeek')} ${x.current} / ${t('hot.window', { weeks: data.weeks + 1 })} ${x.count}`}>
                        <Progress
                          percent={(x.count / maxTerm) * 100}
                          success={{ percent: (x.current / maxTerm) * 100 }}
                          format={() => x.count}
                          aria-label={x.term}
                          size="small"
                          style={{ flex: 1, margin: 0 }}
                        />
                      </Tooltip>
                    </Flex>
                  </List.Item>
                )}
              />
            ) : (
              <Empty />
            )}
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Typography.Title level={5}>{t('hot.categories')}</Typography.Title>
            {data.categories.length ? (
              <List
                size="small"
                dataSource={data.categories}
                data-testid="hot-topics-categories"
                renderItem={(c) => (
                  <List.Item>
                    <Flex style={{ width: '100%' }} gap={8} align="center">
                      <Tooltip title={c.groupName ? label(c.groupName) : undefined}>
                        <span style={{ width: 130, flex: 'none', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{label(c.name)}</span>
                      </Tooltip>
                      <Tooltip title={`${t('hot.thisWeek')} ${c.current} / ${t('hot.window', { weeks: data.weeks + 1 })} ${c.count}`}>
                        <Progress
                          percent={(c.count / maxCategory) * 100}
                          success={{ percent: (c.current / maxCategory) * 100 }}
                          format={() => c.count}
                          aria-label={label(c.name)}
                          size="small"
                          style={{ flex: 1, margin: 0 }}
                        />
                      </Tooltip>
                    </Flex>
                  </List.Item>
                )}
              />
            ) : (
              <Empty />
            )}
          </Col>
        </Row>
      )}
    </Card>
  );
}
