import { useState } from 'react';
import { TerritoryMap } from '../../../shared/map/TerritoryMap';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { formatTime } from '../../../shared/format';
import { PERM, revealPhone, useAppealsPermissions, useDuplicates, useInvalidateAppeals } from '../api';
import { useAppealsT } from '../i18n';
import { sendPhotos, type PickedPhoto } from '../photo';
import { OPEN_STATUSES, type AttachmentKind, type OrderDetail } from '../types';
import { OrderProgress } from './OrderProgress';
import { DueCountdown, OrderFlags, SlaTag, StatusTag, runningDue } from './OrderTags';
import { OrderTimeline } from './OrderTimeline';
import { OrderTransfers } from './OrderTransfers';
import { PhotoInput } from './PhotoInput';
import { Photos } from './Photos';
import { StepActions } from './StepActions';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** The reporter's full phone for a stated purpose; the server records who looked and why. */
function RevealReporterPhone({ order }: { order: OrderDetail }) {
  const t = useAppealsT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid="order-reveal">
        {t('order.revealPhone')}
      </Button>
      <FormModal<{ purpose: string }, { phone: string | null }>
        open={open}
        title={t('order.revealTitle')}
        onClose={() => setOpen(false)}
        okText={t('order.revealPhone')}
        submit={({ purpose }) => revealPhone(order.id, purpose.trim())}
        intro={<Alert type="warning" showIcon title={t('order.revealAudit')} style={{ marginBottom: 16 }} />}
        result={({ phone }) => (
          <Typography.Paragraph copyable={!!phone} style={{ fontSize: 22, fontFamily: 'monospace' }} data-testid="order-reveal-value">
            {phone ?? t('order.revealNone')}
          </Typography.Paragraph>
        )}
        testId="order-reveal-modal"
        submitTestId="order-reveal-submit"
      >
        <Form.Item
          name="purpose"
          label={t('order.revealPurpose')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('order.revealPurposePlaceholder') }]}
        >
          <Input.TextArea rows={2} maxLength={200} placeholder={t('order.revealPurposePlaceholder')} data-testid="order-reveal-purpose" />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** Photos added after intake: the reporter adds to the report, those working on it add before/after photos. */
function AddPhotos({ order }: { order: OrderDetail }) {
  const t = useAppealsT();
  const invalidate = useInvalidateAppeals();
  const worker = order.as.includes('handler') || order.as.includes('dispatcher');
  const kinds: AttachmentKind[] = worker ? ['before', 'after', 'other', 'report'] : ['report'];
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<AttachmentKind>(kinds[0]!);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const attachmentKindTerms = useVocabulary('appeals.attachmentKind');
  // Photos that did not go stay picked, and the reason shows; those sent are on the order already.
  const upload = useApiMutation(
    async () => {
      const r = await sendPhotos(order.id, kind, photos);
      setPhotos(r.failed);
      void invalidate();
      if (r.failed.length) throw r.error;
      return r;
    },
    { success: t('order.uploaded'), onSuccess: () => setOpen(false) },
  );
  const busy = upload.isPending;
  const error = upload.error;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="order-add-photos">
        {t('order.addPhotos')}
      </Button>
      <Modal
        open={open}
        title={t('order.addPhotos')}
        onCancel={() => setOpen(false)}
        onOk={() => upload.mutate()}
        afterClose={() => upload.reset()}
        okButtonProps={{ disabled: photos.length === 0, loading: busy }}
        destroyOnHidden
      >
        {error ? <ErrorAlert error={error} /> : null}
        {kinds.length > 1 && (
          <Space orientation="vertical" style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('order.photoKind')}</Typography.Text>
            <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as AttachmentKind)} options={attachmentKindTerms.options(kinds)} />
          </Space>
        )}
        <PhotoInput value={photos} onChange={setPhotos} testId="order-photos-input" />
      </Modal>
    </>
  );
}

/** Possible duplicates of an order, each one a merge target for the dispatcher. */
export function DuplicatesList({ orderId, onMerge }: { orderId: number; onMerge?: (into: number) => void }) {
  const t = useAppealsT();
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const q = useDuplicates(String(orderId));
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const items = q.data?.items ?? [];
  if (!q.isPending && items.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="duplicates-empty">
        {t('order.noDuplicates')}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={8} data-testid="duplicates">
      {items.map((d) => (
        <Flex key={d.id} justify="space-between" align="center" gap={8} wrap data-testid={`duplicate-${d.id}`}>
          <div style={{ minWidth: 0 }}>
            <Link to={`/appeals/${d.id}`}>
              #{d.id} {d.title}
            </Link>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
              {orderStatusTerms.label(d.status)} · {formatTime(d.receivedAt)} · {d.address ?? '—'} · {t('order.similarity', { score: d.score })}
            </Typography.Text>
          </div>
          {onMerge && (
            <Button size="small" onClick={() => onMerge(d.id)} data-testid={`duplicate-merge-${d.id}`}>
              {t('order.mergeInto')}
            </Button>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * One order as its reader may see it: progress for the reporter, the steps this reader may take (exactly
 * the server's `actions`), the facts, photos, duplicates for the dispatcher, and the history.
 */
export function OrderPanel({ order, compact }: { order: OrderDetail; compact?: boolean }) {
  const t = useAppealsT();
  const channelTerms = useVocabulary('appeals.channel');
  const ratingTerms = useVocabulary('appeals.rating');
  const attachmentKindTerms = useVocabulary('appeals.attachmentKind');
  const actorKindTerms = useVocabulary('appeals.actorKind');
  const placementTerms = useVocabulary('appeals.placement');
  const { label } = useI18n();
  const perms = useAppealsPermissions();
  const [mergeInto, setMergeInto] = useState<number | null>(null);
  const reporterView = order.as.length === 1 && order.as[0] === 'reporter';
  const open = OPEN_STATUSES.includes(order.status);
  const mayUpload = open && order.as.some((a) => a === 'reporter' || a === 'handler' || a === 'dispatcher');
  const reportPhotos = order.attachments.filter((a) => a.kind === 'report');
  const workPhotos = order.attachments.filter((a) => a.kind !== 'report');

  const facts = [
    { key: 'category', label: t('order.category'), children: `${label(order.groupName)} · ${label(order.categoryName)}` },
    {
      key: 'place',
      label: t('order.place'),
      children: <span data-testid="order-place">{[order.streetName, order.address ?? order.unitName].filter(Boolean).join(' · ') || '—'}</span>,
    },
    ...(order.lat !== null && order.lng !== null
      ? [{ key: 'point', label: t('order.point'), children: `${order.lat.toFixed(5)}, ${order.lng.toFixed(5)}` }]
      : []),
    // How a located report found its place, for those who route it (a reporter sees only the place).
    ...(!reporterView && order.placement !== 'given'
      ? [
          {
            key: 'placement',
            label: t('order.placement'),
            children: (
              <span data-testid="order-placement" data-placement={order.placement}>
                {placementTerms.label(order.placement)}
                {order.placementM !== null ? ` · ${t('order.placementM', { m: order.placementM })}` : ''}
              </span>
            ),
          },
        ]
      : []),
    { key: 'received', label: t('order.receivedAt'), children: formatTime(order.receivedAt) },
    { key: 'channel', label: t('order.channel'), children: channelTerms.label(order.channel) },
    { key: 'handler', label: t('order.handler'), children: <span data-testid="order-handler">{order.handler?.name ?? t('order.noHandler')}</span> },
    ...(!reporterView && order.acceptDueAt && !order.acceptedAt
      ? [{ key: 'acceptDue', label: t('order.acceptDue'), children: formatTime(order.acceptDueAt) }]
      : []),
    ...(!reporterView && order.resolveDueAt ? [{ key: 'resolveDue', label: t('order.resolveDue'), children: formatTime(order.resolveDueAt) }] : []),
    ...(!reporterView
      ? [
          {
            key: 'reporter',
            label: t('order.reporter'),
            children: order.reporter.anonymous ? (
              t('order.reporterAnonymous')
            ) : (
              <span data-testid="order-reporter">
                {order.reporter.name ?? '—'}
                {order.reporter.phone ? ` · ${order.reporter.phone}` : ''}
                <Typography.Text type="secondary"> ({t(order.reporter.contactShared ? 'order.contactShared' : 'order.contactNotShared')})</Typography.Text>
                {order.reporter.phone && perms.has(PERM.reveal) && <RevealReporterPhone order={order} />}
              </span>
            ),
          },
        ]
      : []),
    ...(order.rating
      ? [{ key: 'rating', label: t('action.rating'), children: <span data-testid="order-rating">{ratingTerms.label(order.rating)}</span> }]
      : []),
    ...(order.onTime !== null ? [{ key: 'onTime', label: t('list.due'), children: t(order.onTime ? 'order.onTime' : 'order.late') }] : []),
    ...(order.sourceSystem && order.externalId
      ? [{ key: 'source', label: t('order.channel'), children: t('order.source', { source: order.sourceSystem, id: order.externalId }) }]
      : []),
  ];

  return (
    <div data-testid="order-panel" data-order-id={order.id} data-status={order.status}>
      <Flex wrap gap={6} align="center" style={{ marginBottom: 12 }}>
        <StatusTag status={order.status} testId="order-status" />
        {!reporterView && <SlaTag order={order} testId="order-sla" />}
        {!reporterView && runningDue(order) && <DueCountdown order={order} testId="order-due" />}
        <OrderFlags order={order} />
      </Flex>
      {order.mergedIntoId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={<Link to={`/appeals/${order.mergedIntoId}`}>{t('order.merged', { id: order.mergedIntoId })}</Link>}
        />
      )}
      {reporterView && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <OrderProgress order={order} testId="order-progress" />
        </Card>
      )}
      {order.extension && !reporterView && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('order.extension', { days: order.extension.days, reason: order.extension.reason })}
          data-testid="order-extension"
        />
      )}
      {order.actions.length > 0 ? (
        <Card
          size="small"
          title={t('action.title')}
          style={{ marginBottom: 12 }}
          extra={
            !reporterView ? (
              <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                {t('order.you', { as: order.as.map((a) => actorKindTerms.label(a)).join('、') })}
              </Typography.Text>
            ) : null
          }
        >
          <StepActions order={order} mergeInto={mergeInto} onMergeHandled={() => setMergeInto(null)} />
        </Card>
      ) : (
        !reporterView && (
          <Typography.Paragraph type="secondary" data-testid="order-read-only">
            {t('order.readOnly')}
          </Typography.Paragraph>
        )
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={compact ? 1 : { xs: 1, md: 2 }} items={facts} />
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('order.description')}
        </Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="order-description">
          {order.description}
        </Typography.Paragraph>
        {order.lat !== null && order.lng !== null && (
          <div style={{ marginTop: 12 }}>
            <TerritoryMap
              markers={[{ id: order.id, lat: order.lat, lng: order.lng, colour: 'blue', title: order.address ?? order.title }]}
              focus={{ lat: order.lat, lng: order.lng }}
              height={compact ? 200 : 240}
              testId="order-map"
            />
          </div>
        )}
      </Card>
      <Card size="small" title={t('order.photos')} style={{ marginBottom: 12 }} extra={mayUpload ? <AddPhotos order={order} /> : null}>
        {order.attachments.length === 0 ? (
          <Typography.Text type="secondary">{t('order.noPhotos')}</Typography.Text>
        ) : (
          <Flex vertical gap={8}>
            {reportPhotos.length > 0 && <Photos items={reportPhotos} testId="order-photos-report" />}
            {(['before', 'after', 'other'] as const).map((k) => {
              const items = workPhotos.filter((a) => a.kind === k);
              return items.length ? (
                <div key={k}>
                  <Typography.Text type="secondary">{attachmentKindTerms.label(k)}</Typography.Text>
                  <Photos items={items} testId={`order-photos-${k}`} />
                </div>
              ) : null;
            })}
          </Flex>
        )}
      </Card>
      {order.actions.includes('merge') && (
        <Card size="small" title={t('order.duplicates')} style={{ marginBottom: 12 }}>
          <DuplicatesList orderId={order.id} onMerge={setMergeInto} />
        </Card>
      )}
      {!reporterView && <OrderTransfers order={order} />}
      <Card size="small" title={t('order.timeline')}>
        <OrderTimeline history={order.history} attachments={order.attachments} />
      </Card>
    </div>
  );
}
