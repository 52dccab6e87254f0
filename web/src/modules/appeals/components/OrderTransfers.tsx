import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { FormModal } from '../../../shared/components/FormModal';
import { PERM, interopKeys, transferOut, useAppealsPermissions, useInvalidateAppeals, useOrderTransfers, usePartnerChoices } from '../api';
import { useInteropT } from '../i18n';
import type { OrderDetail, TransferLog } from '../types';

interface Row {
  key: string;
  dir: 'out' | 'in';
  at: string;
  partner: string;
  partnerName: string;
  what: string;
  note: string | null;
  state: 'delivered' | 'waiting' | 'retrying' | 'recorded';
  detail: string | null;
}

/** Sent and received in one list, oldest first: what went out to partners, and what they reported back. */
function rowsOf(log: TransferLog, t: ReturnType<typeof useInteropT>): Row[] {
  const sent: Row[] = log.sent.map((s) => ({
    key: `out-${s.id}`,
    dir: 'out',
    at: s.createdAt,
    partner: s.partner,
    partnerName: s.partnerName,
    what: s.kind === 'package' ? t('transfers.kind.package') : t('transfers.kind.status', { seq: s.seq ?? '' }),
    note: null,
    state: s.deliveredAt ? 'delivered' : s.attempts > 0 ? 'retrying' : 'waiting',
    detail: s.deliveredAt ? t('transfers.deliveredAt', { at: formatTime(s.deliveredAt) }) : s.lastError,
  }));
  const received: Row[] = log.received.map((r) => ({
    key: `in-${r.partner}-${r.callbackId}`,
    dir: 'in',
    at: r.receivedAt,
    partner: r.partner,
    partnerName: r.partnerName,
    what: t('transfers.kind.callback', { status: r.status }),
    note: r.note,
    state: 'recorded',
    detail: r.at ? t('transfers.partnerAt', { at: formatTime(r.at) }) : null,
  }));
  return [...sent, ...received].sort((a, b) => a.at.localeCompare(b.at));
}

const STATE_COLOURS: Record<Row['state'], string> = { delivered: 'green', waiting: 'blue', retrying: 'orange', recorded: 'default' };

/** Sends the order to a partner platform: an active partner with a callback URL it was not sent to before. */
function TransferOutModal({ order, log, onClose }: { order: OrderDetail; log: TransferLog | undefined; onClose: () => void }) {
  const t = useInteropT();
  const invalidate = useInvalidateAppeals();
  const choices = usePartnerChoices();
  const [form] = Form.useForm<{ partner: string; note: string }>();
  const sentTo = useMemo(() => new Set((log?.sent ?? []).filter((s) => s.kind === 'package').map((s) => s.partner)), [log]);
  const partners = choices.data?.items ?? [];
  const sendable = partners.filter((p) => p.transferOut && !sentTo.has(p.code));
  // One platform to send to: chosen already.
  const only = sendable.length === 1 ? sendable[0]!.code : null;
  useEffect(() => {
    if (only && !form.getFieldValue('partner')) form.setFieldValue('partner', only);
  }, [only, form]);

  return (
    <FormModal<{ partner: string; note: string }>
      title={t('transfers.outTitle', { id: order.id })}
      onClose={onClose}
      okText={t('transfers.out')}
      okDisabled={choices.isSuccess && sendable.length === 0}
      width={560}
      submit={(v) => transferOut(order.id, v.partner, v.note.trim())}
      success={(_, v) => t('transfers.outDone', { name: partners.find((p) => p.code === v.partner)?.name ?? v.partner })}
      onSuccess={() => void invalidate()}
      form={form}
      testId="transfer-out-modal"
      submitTestId="transfer-out-submit"
      intro={
        <>
          <Alert type="info" showIcon title={t('transfers.outHint')} style={{ marginBottom: 16 }} />
          {choices.error ? <ErrorAlert error={choices.error} onRetry={() => void choices.refetch()} /> : null}
          {choices.isSuccess && sendable.length === 0 ? (
            <Alert type="warning" showIcon title={t('transfers.noPartners')} style={{ marginBottom: 16 }} data-testid="transfer-out-none" />
          ) : null}
        </>
      }
    >
      <Form.Item name="partner" label={t('transfers.outPartner')} rules={[{ required: true, message: t('transfers.outPartnerRequired') }]}>
        <Select
          loading={choices.isPending}
          placeholder={t('transfers.outPartnerRequired')}
          data-testid="transfer-out-partner"
          options={partners.map((p) => {
            const why = sentTo.has(p.code) ? t('transfers.alreadyOut') : !p.transferOut ? t('transfers.noCallback') : null;
            return { value: p.code, disabled: !!why, label: why ? `${p.name}（${p.code}）· ${why}` : `${p.name}（${p.code}）` };
          })}
        />
      </Form.Item>
      <Form.Item name="note" label={t('transfers.outReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('transfers.outReasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('transfers.outReasonPlaceholder')} data-testid="transfer-out-note" />
      </Form.Item>
    </FormModal>
  );
}

/**
 * An order's exchanges with other platforms (工单互转): packages and progress reports sent, the partners'
 * reports received; and, for the order's dispatcher or supervisor who may transfer, sending it out.
 */
export function OrderTransfers({ order }: { order: OrderDetail }) {
  const t = useInteropT();
  const perms = useAppealsPermissions();
  const qc = useQueryClient();
  const q = useOrderTransfers(order.id);
  const [sending, setSending] = useState(false);
  // The server's rule: the transfer permission, and being the order's dispatcher or its supervisor.
  const mayTransfer = perms.has(PERM.transfer) && order.as.some((a) => a === 'dispatcher' || a === 'supervisor');
  const rows = q.data ? rowsOf(q.data, t) : [];
  return (
    <Card
      size="small"
      title={t('transfers.title')}
      style={{ marginBottom: 12 }}
      data-testid="order-transfers"
      extra={
        mayTransfer ? (
          <Button size="small" icon={<ExportOutlined />} onClick={() => setSending(true)} data-testid="order-transfer-out">
            {t('transfers.out')}
          </Button>
        ) : null
      }
    >
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void qc.invalidateQueries({ queryKey: interopKeys.transfers(order.id) })} /> : null}
      {q.isSuccess && rows.length === 0 ? (
        <Typography.Text type="secondary" data-testid="order-transfers-empty">
          {t('transfers.empty')}
        </Typography.Text>
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          loading={q.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="order-transfers-table"
          columns={[
            { title: t('transfers.time'), key: 'at', render: (_, r) => formatTime(r.at) },
            {
              title: t('transfers.direction'),
              key: 'dir',
              render: (_, r) => (
                <Tag color={r.dir === 'out' ? 'geekblue' : 'purple'}>{r.dir === 'out' ? `→ ${t('transfers.dir.out')}` : `← ${t('transfers.dir.in')}`}</Tag>
              ),
            },
            { title: t('transfers.partner'), key: 'partner', render: (_, r) => `${r.partnerName}（${r.partner}）` },
            {
              title: t('transfers.content'),
              key: 'what',
              render: (_, r) => (
                <Flex vertical>
                  <span>{r.what}</span>
                  {r.note ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.note}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t('transfers.state'),
              key: 'state',
              render: (_, r) => (
                <Flex vertical>
                  <span>
                    <Tag color={STATE_COLOURS[r.state]} data-testid={`transfer-state-${r.key}`}>
                      {r.state === 'retrying'
                        ? t('transfers.retrying', { n: q.data?.sent.find((s) => `out-${s.id}` === r.key)?.attempts ?? 0 })
                        : t(`transfers.${r.state}`)}
                    </Tag>
                  </span>
                  {r.detail ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 280 }} ellipsis={{ tooltip: r.detail }}>
                      {r.detail}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      )}
      {sending && <TransferOutModal order={order} log={q.data} onClose={() => setSending(false)} />}
    </Card>
  );
}
