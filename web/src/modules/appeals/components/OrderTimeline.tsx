import { Flex, Tag, Timeline, Typography } from 'antd';
import { formatTime } from '../../../shared/format';
import { useAppealsT } from '../i18n';
import type { Attachment, HistoryData, HistoryStep, Step } from '../types';
import { Photos } from './Photos';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const COLOURS: Partial<Record<Step, string>> = {
  intake: 'blue',
  resolve: 'green',
  rate: 'green',
  close: 'gray',
  return: 'red',
  reopen: 'red',
  reject_extension: 'red',
  invalidate: 'gray',
  supervise: 'red',
  suspend: 'gray',
};

/** The order's history, newest last: each step in words, who took it and when, its note and its photos. */
export function OrderTimeline({ history, attachments, testId = 'order-timeline' }: { history: HistoryStep[]; attachments: Attachment[]; testId?: string }) {
  const t = useAppealsT();
  const orderStepTerms = useVocabulary('appeals.orderStep');
  const channelTerms = useVocabulary('appeals.channel');
  const ratingTerms = useVocabulary('appeals.rating');
  const actor = (h: HistoryStep) =>
    h.actorKind === 'reporter' ? t('timeline.reporter') : h.actorKind === 'system' && h.actorName === 'system' ? t('timeline.system') : h.actorName;
  const detail = (h: HistoryStep) => {
    const data = h.data as HistoryData;
    const parts: string[] = [];
    if (h.step === 'intake' && data.channel) parts.push(channelTerms.label(data.channel));
    if (data.handler?.name) parts.push(t('timeline.to', { name: data.handler.name }) + (data.rule ? t('timeline.byRule') : ''));
    if (data.days) parts.push(t('timeline.days', { days: data.days }));
    if (data.into) parts.push(t('timeline.into', { id: data.into }));
    if (data.rating) parts.push(t('timeline.rating', { rating: ratingTerms.label(data.rating) }));
    return parts.join(' · ');
  };
  return (
    <div data-testid={testId} data-steps={history.map((h) => h.step).join(',')}>
      <Timeline
        items={history.map((h) => {
          const photos = attachments.filter((a) => a.eventSeq === h.seq && a.kind !== 'report');
          const extra = detail(h);
          return {
            key: h.seq,
            color: COLOURS[h.step as Step] ?? 'blue',
            content: (
              <div data-testid={`${testId}-step-${h.seq}`} data-step={h.step}>
                <Flex wrap gap={8} align="baseline">
                  <Typography.Text strong data-testid={`${testId}-step-${h.seq}-name`}>
                    {orderStepTerms.label(h.step)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
                    {actor(h)} · {formatTime(h.at)}
                  </Typography.Text>
                </Flex>
                {extra && <div>{extra}</div>}
                {h.note && (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} data-testid={`${testId}-step-${h.seq}-note`}>
                    {h.note}
                    {h.notePublic && (
                      <Tag color="blue" style={{ marginInlineStart: 8 }} data-testid={`${testId}-step-${h.seq}-public`}>
                        {t('timeline.notePublic')}
                      </Tag>
                    )}
                  </Typography.Paragraph>
                )}
                {photos.length > 0 && <Photos items={photos} size={64} style={{ marginTop: 6 }} />}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
