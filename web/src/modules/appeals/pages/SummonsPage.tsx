import { useState } from 'react';
import { Button, Card, Col, Descriptions, Flex, Rate, Row, Steps, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatTime } from '../../../shared/format';
import { SUMMONS_PERM, useAppealsPermissions, useSummons } from '../api';
import { NoPermission } from '../components/NoPermission';
import { useSummonsT } from '../i18n';
import type { SummonsDetail, SummonsStep } from '../types';
import { SummonsStepModal } from './SummonsStepModal';
import { InviteeName, SummonsStatusTag, SummonsTimingTag } from './SummonsTags';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** /appeals/summons/:id — one summons: its progress, what each side recorded, and the steps the reader may take. */
export default function SummonsPage() {
  const perms = useAppealsPermissions();
  return perms.has(SUMMONS_PERM.read) ? <Summons /> : <NoPermission />;
}

function Summons() {
  const t = useSummonsT();
  const { id = '' } = useParams();
  const q = useSummons(id);
  return (
    <div data-testid="summons-detail-page">
      <PageHeader
        title={q.data ? q.data.subject : t('summons.detail.title', { id })}
        subtitle={t('summons.detail.title', { id })}
        titleTestId="summons-title"
        crumbs={[{ title: t('summons.title'), to: '/appeals/summons' }, { title: `#${id}` }]}
      />
      <QueryState query={q}>{(s) => <SummonsBody summons={s} />}</QueryState>
    </div>
  );
}

const PRIMARY: readonly SummonsStep[] = ['accept', 'report', 'evaluate', 'meet'];

function SummonsBody({ summons: s }: { summons: SummonsDetail }) {
  const t = useSummonsT();
  const summonsStatusTerms = useVocabulary('appeals.summonsStatus');
  const summonsStepTerms = useVocabulary('appeals.summonsStep');
  const [open, setOpen] = useState<SummonsStep | null>(null);
  const answered = s.respondedAt !== null;
  const held = ['met', 'resolved', 'unresolved'].includes(s.status);
  const reported = s.resultAt !== null;
  const current = s.evaluatedAt ? 5 : reported ? 4 : held ? 3 : answered ? 2 : 1;
  const failed = s.status === 'declined' || (s.status === 'invited' && s.responseTiming === 'overdue') || s.status === 'unresolved';
  const dash = (v: string | null | undefined) => v || '—';

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card style={{ marginBottom: 16 }}>
          <Steps
            size="small"
            current={Math.min(current, 4)}
            status={failed ? 'error' : current === 5 ? 'finish' : 'process'}
            items={[
              { title: t('summons.detail.progress.invited'), description: formatTime(s.invitedAt) },
              {
                title: s.status === 'declined' ? summonsStatusTerms.label('declined') : t('summons.detail.progress.answered'),
                description: answered ? formatTime(s.respondedAt) : t('summons.dueBy', { due: formatTime(s.respondDueAt) }),
              },
              {
                title: t('summons.detail.progress.meeting'),
                description: s.meetingAt ? `${formatTime(s.meetingAt)}${held ? '' : ` · ${t('summons.detail.scheduled')}`}` : undefined,
              },
              {
                title: reported ? summonsStatusTerms.label(s.resolved ? 'resolved' : 'unresolved') : t('summons.detail.progress.result'),
                description: reported ? formatTime(s.resultAt) : undefined,
              },
              { title: t('summons.detail.progress.evaluated'), description: s.evaluatedAt ? formatTime(s.evaluatedAt) : undefined },
            ]}
          />
        </Card>
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            data-testid="summons-facts"
            items={[
              {
                key: 'status',
                label: t('summons.status'),
                children: (
                  <Flex gap={4} wrap>
                    <SummonsStatusTag status={s.status} />
                    <SummonsTimingTag timing={s.responseTiming} />
                  </Flex>
                ),
              },
              { key: 'invitee', label: t('summons.invitee'), children: <InviteeName invitee={s.invitee} /> },
              { key: 'committee', label: t('summons.committee'), children: s.committee.name },
              { key: 'createdBy', label: t('summons.detail.createdBy'), children: dash(s.createdBy) },
              { key: 'invitedAt', label: t('summons.invitedAt'), children: formatTime(s.invitedAt) },
              { key: 'due', label: t('summons.detail.respondDueAt'), children: formatTime(s.respondDueAt) },
              ...(s.order
                ? [
                    {
                      key: 'order',
                      label: t('summons.order'),
                      span: 2,
                      children: (
                        <Link to={`/appeals/${s.order.id}`}>
                          #{s.order.id} {s.order.title}
                        </Link>
                      ),
                    },
                  ]
                : []),
              {
                key: 'description',
                label: t('summons.detail.description'),
                span: 2,
                children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{s.description}</Typography.Paragraph>,
              },
              {
                key: 'respondedAt',
                label: t('summons.detail.respondedAt'),
                children: s.respondedAt
                  ? `${formatTime(s.respondedAt)}${s.responseHours !== null ? ` · ${t('summons.respondedIn', { hours: s.responseHours })}` : ''}`
                  : '—',
              },
              { key: 'respondedBy', label: t('summons.detail.respondedBy'), children: dash(s.respondedBy) },
              { key: 'responseNote', label: t('summons.detail.responseNote'), span: 2, children: dash(s.responseNote) },
              { key: 'meetingAt', label: t('summons.detail.meetingAt'), children: s.meetingAt ? formatTime(s.meetingAt) : '—' },
              { key: 'meetingPlace', label: t('summons.detail.meetingPlace'), children: dash(s.meetingPlace) },
              { key: 'meetingNote', label: t('summons.detail.meetingNote'), span: 2, children: dash(s.meetingNote) },
              {
                key: 'result',
                label: t('summons.detail.result'),
                span: 2,
                children: s.result ? <span data-testid="summons-result-text">{s.result}</span> : '—',
              },
              {
                key: 'resultAt',
                label: t('summons.detail.resultAt'),
                children: s.resultAt ? `${formatTime(s.resultAt)}${s.resultBy ? ` · ${s.resultBy}` : ''}` : '—',
              },
              {
                key: 'committeeRating',
                label: t('summons.detail.committeeRating'),
                children: s.committeeRating ? <Rate disabled value={s.committeeRating} /> : '—',
              },
              {
                key: 'residentsRating',
                label: t('summons.detail.residentsRating'),
                children: s.residentsRating ? <Rate disabled value={s.residentsRating} /> : '—',
              },
              { key: 'evaluationNote', label: t('summons.detail.evaluationNote'), children: dash(s.evaluationNote) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card data-testid="summons-actions">
          {s.actions.length === 0 ? (
            <Typography.Text type="secondary">{t('summons.detail.noActions')}</Typography.Text>
          ) : (
            <Flex vertical gap={8}>
              {s.actions.map((a) => (
                <Button
                  key={a}
                  block
                  type={PRIMARY.includes(a) ? 'primary' : 'default'}
                  danger={a === 'decline'}
                  onClick={() => setOpen(a)}
                  data-testid={`summons-action-${a}`}
                >
                  {summonsStepTerms.label(a)}
                </Button>
              ))}
            </Flex>
          )}
        </Card>
      </Col>
      {open && <SummonsStepModal summons={s} step={open} onClose={() => setOpen(null)} />}
    </Row>
  );
}
