import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Input, Popconfirm, Progress, Result, Row, Select, Spin, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { CheckCircleOutlined, CloudUploadOutlined, FileExcelOutlined, FileTextOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { buttonTestId } from '../../../shared/testid';
import { PERM, useImportJob, useInvalidatePeople, usePermissions } from '../api';
import { NoPermission } from '../components/NoPermission';
import { usePeopleT } from '../i18n';
import type { ImportJob, ImportRowError } from '../types';

const ACCEPT = '.xlsx,.csv';

function fileSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function isAccepted(f: File): boolean {
  return /\.(xlsx|csv)$/i.test(f.name);
}

const finished = (j: ImportJob | undefined) => !!j && (j.status === 'done' || j.status === 'failed');

/** Progress of a job: queued, running (processed / total rows when the total is known), done or failed. */
function JobProgress({ job, testId }: { job: ImportJob | undefined; testId: string }) {
  const t = usePeopleT();
  const running = !job || job.status === 'queued' || job.status === 'running';
  const total = job?.totalRows ?? 0;
  // While a file is read its total may not be known yet (the server may report it equal to the rows so far).
  const known = !!job && total > 0 && (!running || total > job.processedRows);
  const pct = job?.status === 'done' ? 100 : known && job ? Math.min(99, Math.floor((job.processedRows / total) * 100)) : 0;
  const status = job?.status === 'failed' ? 'exception' : job?.status === 'done' ? 'success' : 'active';
  return (
    <div data-testid={testId} data-status={job?.status ?? 'starting'}>
      {running && !known ? (
        <Flex align="center" gap={12} style={{ padding: '8px 0' }}>
          <Spin />
          <Typography.Text data-testid={`${testId}-text`}>
            {!job || job.status === 'queued' ? t('import.queued') : t('import.progressUnknown', { done: job.processedRows })}
          </Typography.Text>
        </Flex>
      ) : (
        <>
          <Progress percent={pct} status={status} aria-label={t('import.progress', { done: job?.processedRows ?? 0, total })} />
          <Typography.Text type="secondary" data-testid={`${testId}-text`}>
            {t('import.progress', { done: job?.processedRows ?? 0, total })}
          </Typography.Text>
        </>
      )}
    </div>
  );
}

function Totals({ job, final }: { job: ImportJob; final: boolean }) {
  const t = usePeopleT();
  // A dry run may not predict the writes: show them only when the server reports them.
  const writes = final || job.inserted + job.updated + job.unchanged > 0;
  const items: { key: string; title: string; value: number }[] = [
    { key: 'total', title: t('import.totalRows'), value: job.totalRows ?? job.processedRows },
    { key: 'ok', title: t('import.okRows'), value: job.okRows },
    { key: 'errors', title: t('import.errorRows'), value: job.errorRows },
    ...(writes
      ? [
          { key: 'inserted', title: final ? t('import.inserted') : t('import.willInsert'), value: job.inserted },
          { key: 'updated', title: final ? t('import.updated') : t('import.willUpdate'), value: job.updated },
          { key: 'unchanged', title: t('import.unchanged'), value: job.unchanged },
        ]
      : []),
    ...(job.createdUnits ? [{ key: 'created-units', title: final ? t('import.createdUnits') : t('import.willCreateUnits'), value: job.createdUnits }] : []),
  ];
  return (
    <Row gutter={[16, 16]} style={{ margin: '16px 0' }} data-testid={final ? 'import-final-counts' : 'import-check-counts'}>
      {items.map((it) => (
        <Col key={it.key} xs={12} sm={8} md={4}>
          <Statistic title={it.title} value={it.value} data-testid={`import-count-${it.key}`} />
        </Col>
      ))}
    </Row>
  );
}

function ErrorsTable({ job }: { job: ImportJob }) {
  const t = usePeopleT();
  const { label } = useI18n();
  const [column, setColumn] = useState<string | undefined>();
  const [code, setCode] = useState<string | undefined>();
  const [text, setText] = useState('');
  const columns = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of job.errors) if (!m.has(e.field)) m.set(e.field, label(e.column));
    return [...m].map(([value, l]) => ({ value, label: l }));
  }, [job.errors, label]);
  const codes = useMemo(() => {
    // A problem's name: its message without the "row N, column" part (the text after the first colon).
    const m = new Map<string, { text: string; n: number }>();
    for (const e of job.errors) {
      const prev = m.get(e.code);
      if (prev) prev.n += 1;
      else {
        const msg = label(e.message);
        const i = msg.search(/[：:]/);
        m.set(e.code, { text: i >= 0 && i < msg.length - 1 ? msg.slice(i + 1).trim() : e.code, n: 1 });
      }
    }
    return [...m].map(([value, { text, n }]) => ({ value, label: `${text} (${n})`, title: value }));
  }, [job.errors, label]);
  const q = text.trim().toLowerCase();
  const rows = job.errors.filter(
    (e) =>
      (!column || e.field === column) &&
      (!code || e.code === code) &&
      (!q || String(e.row) === q || label(e.message).toLowerCase().includes(q) || (e.value ?? '').toLowerCase().includes(q)),
  );
  return (
    <div data-testid="import-errors">
      <Typography.Title level={5}>{t('import.errors')}</Typography.Title>
      {job.errors.length >= 1000 && <Alert type="info" showIcon title={t('import.errorsTruncated', { n: job.errors.length })} style={{ marginBottom: 8 }} />}
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('import.filterColumn')}
          value={column}
          onChange={setColumn}
          options={columns}
          data-testid="import-errors-filter-column"
        />
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('import.filterCode')}
          value={code}
          onChange={setCode}
          options={codes}
          popupMatchSelectWidth={false}
          data-testid="import-errors-filter-code"
        />
        <Input
          allowClear
          style={{ maxWidth: 260 }}
          placeholder={t('import.filterText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="import-errors-filter-text"
        />
      </Flex>
      <Table<ImportRowError>
        size="small"
        rowKey={(e) => `${e.row}:${e.field}:${e.code}`}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => t('common.total', { total: n }) }}
        locale={{ emptyText: t('common.empty') }}
        data-testid="import-errors-table"
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 80, sorter: (a, b) => a.row - b.row, defaultSortOrder: 'ascend' },
          { title: t('import.column'), key: 'column', render: (_, e) => label(e.column) },
          { title: t('import.message'), key: 'message', render: (_, e) => label(e.message) },
          {
            title: t('import.value'),
            dataIndex: 'value',
            render: (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '—' : <Typography.Text code>{v}</Typography.Text>),
          },
        ]}
      />
    </div>
  );
}

/** /people/import — template, file, dry run with a report, then the commit (all valid rows or none). */
export default function ImportPage() {
  const t = usePeopleT();
  const { label } = useI18n();
  const navigate = useNavigate();
  const perms = usePermissions();
  const invalidate = useInvalidatePeople();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState(false);
  const [checkId, setCheckId] = useState<string | null>(null);
  const [commitId, setCommitId] = useState<string | null>(null);
  const check = useImportJob(checkId);
  const commit = useImportJob(commitId);
  const step = commitId ? 2 : checkId ? 1 : 0;
  const committed = commit.data?.status === 'done';
  useEffect(() => {
    // The lists changed: refresh them once the commit is over.
    if (committed) void invalidate();
  }, [committed, invalidate]);

  // A check (dry run) or the commit: the server answers with the job to follow.
  const upload = useApiMutation(
    ({ file: f, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', f, f.name);
      return api.upload('/api/people/import', form, { query: { dryRun } });
    },
    { onSuccess: (r, v) => (v.dryRun ? setCheckId(String(r.jobId)) : setCommitId(String(r.jobId))) },
  );
  const start = (dryRun: boolean) => {
    if (file) upload.mutate({ file, dryRun });
  };
  const busy = upload.isPending;
  const error = upload.error;

  const restart = () => {
    setFile(null);
    setCheckId(null);
    setCommitId(null);
    upload.reset();
  };

  if (!perms.has(PERM.import)) {
    return <NoPermission />;
  }

  const checkJob = check.data;
  const commitJob = commit.data;

  return (
    <div data-testid="import-page">
      <PageHeader
        crumbs={[{ title: t('persons.title'), to: '/people' }, { title: t('import.title') }]}
        title={t('import.title')}
        subtitle={t('import.subtitle')}
      />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          data-testid="import-steps"
          items={[{ title: t('import.step.file') }, { title: t('import.step.check') }, { title: t('import.step.commit') }]}
        />
        <Alert
          type="info"
          showIcon
          title={t('import.atomicTitle')}
          description={t('import.atomic')}
          style={{ marginBottom: 16 }}
          data-testid="import-atomic-notice"
        />
        {error ? <ErrorAlert error={error} testId="import-error" /> : null}

        {step === 0 && (
          <div data-testid="import-step-file">
            <Typography.Title level={5}>{t('import.templates')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('import.templateHint')}</Typography.Paragraph>
            <Flex gap={8} wrap style={{ marginBottom: 24 }}>
              <Button
                icon={<FileExcelOutlined />}
                href={api.url('/api/people/import/template', { query: { format: 'xlsx' } })}
                data-testid="import-template-xlsx"
              >
                {t('import.templateXlsx')}
              </Button>
              <Button icon={<FileTextOutlined />} href={api.url('/api/people/import/template', { query: { format: 'csv' } })} data-testid="import-template-csv">
                {t('import.templateCsv')}
              </Button>
            </Flex>
            <Typography.Title level={5}>{t('import.chooseFile')}</Typography.Title>
            <div data-testid="import-file">
              <Upload.Dragger
                accept={ACCEPT}
                multiple={false}
                showUploadList={false}
                beforeUpload={(f) => {
                  const ok = isAccepted(f);
                  setFileError(!ok);
                  setFile(ok ? f : null);
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('import.drop')}</p>
                <p className="ant-upload-hint">{t('import.dropHint')}</p>
              </Upload.Dragger>
            </div>
            {fileError && <Alert type="error" showIcon title={t('import.wrongType')} style={{ marginTop: 12 }} data-testid="import-file-wrong-type" />}
            {file && (
              <Flex align="center" justify="space-between" gap={8} wrap style={{ marginTop: 12 }}>
                <Typography.Text data-testid="import-file-name">
                  <CheckCircleOutlined style={{ color: '#52c41a' }} /> {t('import.fileChosen', { name: file.name, size: fileSize(file.size) })}
                </Typography.Text>
                <Button type="primary" icon={<CloudUploadOutlined />} loading={busy} onClick={() => start(true)} data-testid="import-check">
                  {t('import.startCheck')}
                </Button>
              </Flex>
            )}
          </div>
        )}

        {step === 1 && (
          <div data-testid="import-step-check">
            <Typography.Paragraph>{t('import.checkingFile', { name: file?.name ?? checkJob?.fileName ?? '' })}</Typography.Paragraph>
            {check.error ? <ErrorAlert error={check.error} onRetry={() => void check.refetch()} testId="import-check-poll-error" /> : null}
            <JobProgress job={checkJob} testId="import-check-progress" />
            {checkJob?.status === 'failed' && (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 16 }}
                title={t('import.checkFailed')}
                description={checkJob.failure ? label(checkJob.failure) : undefined}
                data-testid="import-check-failed"
              />
            )}
            {checkJob?.status === 'done' && (
              <>
                <Totals job={checkJob} final={false} />
                {checkJob.errorRows === 0 ? (
                  <Alert type="success" showIcon title={t('import.noErrors')} style={{ marginBottom: 16 }} data-testid="import-no-errors" />
                ) : (
                  <ErrorsTable job={checkJob} />
                )}
              </>
            )}
            <Flex gap={8} wrap style={{ marginTop: 16 }}>
              <Button icon={<ReloadOutlined />} onClick={restart} data-testid="import-choose-again">
                {t('import.chooseAgain')}
              </Button>
              {checkJob?.status === 'done' && checkJob.okRows > 0 && file && (
                <Popconfirm
                  title={t('import.commitConfirm')}
                  description={
                    checkJob.errorRows > 0
                      ? t('import.commitWithErrors', { errors: checkJob.errorRows, ok: checkJob.okRows })
                      : t('import.commitAll', { ok: checkJob.okRows })
                  }
                  okText={t('import.commitOk')}
                  cancelText={t('common.cancel')}
                  okButtonProps={buttonTestId('import-commit-confirm')}
                  onConfirm={() => start(false)}
                >
                  <Button type="primary" loading={busy} data-testid="import-commit">
                    {t('import.commit', { n: checkJob.okRows })}
                  </Button>
                </Popconfirm>
              )}
              {checkJob?.status === 'done' && checkJob.okRows === 0 && (
                <Typography.Text type="warning" data-testid="import-nothing-valid">
                  {t('import.nothingValid')}
                </Typography.Text>
              )}
            </Flex>
          </div>
        )}

        {step === 2 && (
          <div data-testid="import-step-commit">
            {commit.error ? <ErrorAlert error={commit.error} onRetry={() => void commit.refetch()} testId="import-commit-poll-error" /> : null}
            {!finished(commitJob) && (
              <>
                <Typography.Paragraph>{t('import.committing')}</Typography.Paragraph>
                <JobProgress job={commitJob} testId="import-commit-progress" />
              </>
            )}
            {commitJob?.status === 'done' && (
              <Result
                status="success"
                title={t('import.done')}
                subTitle={t('import.doneHint')}
                data-testid="import-done"
                extra={[
                  <Button type="primary" key="list" onClick={() => navigate('/people')} data-testid="import-to-list">
                    {t('import.toList')}
                  </Button>,
                  <Button key="again" onClick={restart} data-testid="import-another">
                    {t('import.another')}
                  </Button>,
                ]}
              >
                <Totals job={commitJob} final />
                {commitJob.errorRows > 0 && <ErrorsTable job={commitJob} />}
              </Result>
            )}
            {commitJob?.status === 'failed' && (
              <Result
                status="error"
                title={t('import.failed')}
                subTitle={
                  <>
                    {commitJob.failure ? <div data-testid="import-failure">{label(commitJob.failure)}</div> : null}
                    <div>{t('import.failedNothingWritten')}</div>
                  </>
                }
                data-testid="import-commit-failed"
                extra={[
                  <Button type="primary" key="retry" loading={busy} onClick={() => start(false)} disabled={!file} data-testid="import-commit-retry">
                    {t('error.retry')}
                  </Button>,
                  <Button key="again" onClick={restart} data-testid="import-restart">
                    {t('import.chooseAgain')}
                  </Button>,
                ]}
              />
            )}
          </div>
        )}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        <Link to="/people">{t('import.backToList')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
