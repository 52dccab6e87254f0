import { useEffect } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { usePermissions } from '../../../app/auth/permissions';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { JsonView } from '../../../shared/components/JsonView';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { type dayjs, formatTime, inZone, zoneDayEnd, zoneDayStart } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { usePaged, DEFAULT_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { useAuditT } from '../i18n';
import type { AuditEvent, AuditVerify } from '../types';

const FILTERS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to', 'page', 'pageSize'] as const;

interface SearchValues {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  range?: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null;
}

function VerifyChain() {
  const t = useAuditT();
  // A check, not a change: nothing to refresh; the answer (or the refusal) shows below the button.
  const verify = useApiMutation(() => api.get('/api/audit/verify'));
  const result = verify.isPending ? null : (verify.data ?? null);
  const error = verify.isPending ? null : verify.error;
  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
        {t('audit.verify')}
      </Button>
      {(result || error) && (
        <div style={{ flexBasis: '100%' }}>
          {error ? <ErrorAlert error={error} testId="audit-verify-error" /> : null}
          {result && (
            <Alert
              data-testid="audit-verify-result"
              data-ok={result.ok ? 'true' : 'false'}
              type={result.ok ? 'success' : 'error'}
              showIcon
              style={{ marginTop: 8 }}
              title={
                result.ok
                  ? t('audit.verifyOk', { checked: result.checked })
                  : result.problem === 'invalid_checkpoint'
                    ? t('audit.verifyCheckpointInvalid', { checked: result.checked })
                    : result.firstBrokenSeq !== null
                      ? t('audit.verifyBroken', { seq: result.firstBrokenSeq })
                      : t('audit.verifyBrokenNoSeq')
              }
              description={<VerifyDetails result={result} />}
            />
          )}
        </div>
      )}
    </>
  );
}

/** What was wrong, then what the checkpoints kept outside the database showed. */
function VerifyDetails({ result }: { result: AuditVerify }) {
  const t = useAuditT();
  const cp = result.checkpoints;
  const problem = result.problem
    ? t(`audit.problem.${result.problem}`, { seq: result.firstBrokenSeq, last: cp.latest?.seq, checked: result.checked })
    : result.reason
      ? t('audit.verifyReason', { reason: result.reason })
      : null;
  return (
    <div data-testid="audit-verify-details">
      {!result.ok && problem ? <div data-testid="audit-verify-problem">{problem}</div> : null}
      <div data-testid="audit-verify-checkpoints">
        {cp.latest
          ? t('audit.checkpoints', { found: cp.found, matched: cp.matched, seq: cp.latest.seq, at: formatTime(cp.latest.at, true) })
          : t('audit.checkpointsNone')}
      </div>
      {cp.invalid.slice(0, 5).map((bad) => (
        <div key={bad.source} data-testid="audit-verify-invalid-checkpoint">
          {t('audit.checkpointInvalid', { source: bad.source, fault: t(`audit.fault.${bad.fault}`) })}
        </div>
      ))}
    </div>
  );
}

/** The names of audited actions and record types, for the filters (codes stay the values sent). */
function useAuditLabels() {
  return useQuery({
    queryKey: ['audit', 'labels'],
    queryFn: ({ signal }) => api.get('/api/audit/labels', { signal }),
    staleTime: 10 * 60_000,
  });
}

/** /audit — search the audit log, read each entry's summary, verify the hash chain. */
export default function AuditPage() {
  const t = useAuditT();
  const { has } = usePermissions();
  const { label } = useI18n();
  const names = useAuditLabels();
  const options = (terms: { code: string; label: { zh: string; en: string } }[] | undefined) =>
    (terms ?? []).map((x) => ({ value: x.code, label: label(x.label) }));
  const [url, setUrl] = useUrlState(FILTERS);
  const [form] = Form.useForm<SearchValues>();
  const page = toPage(url.page);
  const pageSize = toPage(url.pageSize, DEFAULT_PAGE_SIZE);

  useEffect(() => {
    form.setFieldsValue({
      actor: url.actor || undefined,
      action: url.action || undefined,
      targetType: url.targetType || undefined,
      targetId: url.targetId || undefined,
      range: url.from || url.to ? [url.from ? inZone(url.from) : null, url.to ? inZone(url.to) : null] : null,
    });
  }, [form, url.actor, url.action, url.targetType, url.targetId, url.from, url.to]);

  const q = usePaged(['audit', 'events'], '/api/audit/events', {
    actor: url.actor || undefined,
    action: url.action || undefined,
    targetType: url.targetType || undefined,
    targetId: url.targetId || undefined,
    from: url.from || undefined,
    to: url.to || undefined,
    page,
    pageSize,
  });

  const search = (v: SearchValues) => {
    const [from, to] = v.range ?? [null, null];
    setUrl({
      actor: v.actor?.trim() || null,
      action: v.action?.trim() || null,
      targetType: v.targetType?.trim() || null,
      targetId: v.targetId?.trim() || null,
      from: from ? zoneDayStart(from) : null,
      to: to ? zoneDayEnd(to) : null,
      page: null,
    });
  };

  return (
    <div data-testid="audit-page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Form<SearchValues> form={form} layout="inline" onFinish={search} data-testid="audit-search" style={{ rowGap: 12 }}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear placeholder={t('audit.actorPlaceholder')} data-testid="audit-actor" />
          </Form.Item>
          <Form.Item name="action" label={t('audit.action')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('audit.actionPlaceholder')}
              options={options(names.data?.actions)}
              style={{ width: 220 }}
              data-testid="audit-action"
            />
          </Form.Item>
          <Form.Item name="targetType" label={t('audit.targetType')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={options(names.data?.targets)}
              style={{ width: 160 }}
              data-testid="audit-target-type"
            />
          </Form.Item>
          <Form.Item name="targetId" label={t('audit.targetId')}>
            <Input allowClear data-testid="audit-target-id" />
          </Form.Item>
          <Form.Item name="range" label={t('audit.range')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} data-testid="audit-range" />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search-submit">
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setUrl({ actor: null, action: null, targetType: null, targetId: null, from: null, to: null, page: null });
                }}
                data-testid="audit-search-reset"
              >
                {t('common.reset')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          {has('audit.verify') ? <VerifyChain /> : null}
        </Flex>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<AuditEvent>
          testId="audit-table"
          rowKey="seq"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
          expandable={{
            expandedRowRender: (e) => <JsonView value={e.summary} testId={`audit-summary-${e.seq}`} />,
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
            { title: t('audit.at'), dataIndex: 'at', render: (at: string) => formatTime(at, true) },
            {
              title: t('audit.actor'),
              key: 'actor',
              render: (_, e) => (
                <span>
                  {e.actorName ?? e.actorId ?? '—'}
                  {e.role && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                      {e.roleLabel ? label(e.roleLabel) : e.role}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            {
              title: t('audit.action'),
              key: 'action',
              // The code stays on hover: it is what the log stores and what a search by URL names.
              render: (_, e) => <Tag title={e.action}>{e.actionLabel ? label(e.actionLabel) : e.action}</Tag>,
            },
            {
              title: t('audit.target'),
              key: 'target',
              render: (_, e) =>
                e.targetType ? (
                  <span title={e.targetType}>
                    {e.targetLabel ? label(e.targetLabel) : e.targetType}
                    {e.targetId && (
                      <Typography.Text type="secondary" copyable style={{ display: 'block', fontSize: '0.85em' }}>
                        {e.targetId}
                      </Typography.Text>
                    )}
                  </span>
                ) : (
                  '—'
                ),
            },
            { title: t('audit.purpose'), dataIndex: 'purpose', render: (p: string | null) => p || '—' },
            {
              title: t('audit.requestId'),
              dataIndex: 'requestId',
              render: (r: string | null) =>
                r ? (
                  <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                    {r}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
