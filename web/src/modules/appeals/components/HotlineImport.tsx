import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Popconfirm, Row, Select, Space, Statistic, Table, Typography, Upload } from 'antd';
import { CheckCircleOutlined, CloudUploadOutlined, FileExcelOutlined, FileTextOutlined, PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { buttonTestId } from '../../../shared/testid';
import { hotlineTemplateUrl, importHotlineFile, useInvalidateAppeals, usePartnerChoices } from '../api';
import { useInteropT } from '../i18n';
import type { HotlineImportError, HotlineImportReport } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const HOTLINE = '12345';
const ACCEPT = '.xlsx,.csv';
/** Order links listed after an import; the rest are in the work orders. */
const SHOWN_ORDERS = 20;

const fileSize = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function Counts({ report }: { report: HotlineImportReport }) {
  const t = useInteropT();
  const items = [
    { key: 'rows', title: t('hotline.rows'), value: report.rows },
    { key: 'created', title: report.committed ? t('hotline.created') : t('hotline.willCreate'), value: report.created },
    { key: 'existing', title: t('hotline.existing'), value: report.existing },
    { key: 'errors', title: t('hotline.errorCount'), value: report.errors.length },
  ];
  return (
    <Row gutter={[16, 16]} style={{ margin: '16px 0' }} data-testid="hotline-counts">
      {items.map((it) => (
        <Col key={it.key} xs={12} sm={6}>
          <Statistic
            title={it.title}
            value={it.value}
            data-testid={`hotline-count-${it.key}`}
            styles={it.key === 'errors' && it.value > 0 ? { content: { color: '#cf1322' } } : undefined}
          />
        </Col>
      ))}
    </Row>
  );
}

function Errors({ errors }: { errors: HotlineImportError[] }) {
  const t = useInteropT();
  const { label } = useI18n();
  const hotlineFieldTerms = useVocabulary('appeals.hotlineField');
  const fieldName = (f: string) => hotlineFieldTerms.label(f);
  return (
    <div data-testid="hotline-errors">
      <Alert type="error" showIcon title={t('hotline.errorsTitle')} style={{ marginBottom: 8 }} />
      <Table<HotlineImportError>
        size="small"
        rowKey={(e) => `${e.row}:${e.field}:${e.code}`}
        dataSource={errors}
        scroll={{ x: 'max-content' }}
        pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        data-testid="hotline-errors-table"
        columns={[
          { title: t('hotline.row'), dataIndex: 'row', width: 80 },
          { title: t('hotline.field'), key: 'field', render: (_, e) => fieldName(e.field) },
          { title: t('hotline.message'), key: 'message', render: (_, e) => label(e.message) },
          { title: t('hotline.value'), key: 'value', render: (_, e) => (e.value ? <Typography.Text code>{e.value}</Typography.Text> : '—') },
        ]}
      />
    </div>
  );
}

/**
 * Hotline files (a 12345 export): the template, the file checked first with every error by row and field, then
 * imported whole when it is clean; orders imported before are counted and skipped.
 */
export function HotlineImport() {
  const t = useInteropT();
  const invalidate = useInvalidateAppeals();
  const choices = usePartnerChoices();
  const partners = choices.data?.items ?? [];
  const [partner, setPartner] = useState<string | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const [report, setReport] = useState<HotlineImportReport | null>(null);

  // The hotline when the district has it, else the first partner.
  useEffect(() => {
    if (partner === undefined && partners.length) setPartner((partners.find((p) => p.code === HOTLINE) ?? partners[0]!).code);
  }, [partner, partners]);

  const run = useApiMutation((dryRun: boolean) => importHotlineFile(partner!, file!, dryRun), {
    onSuccess: (r) => {
      setReport(r);
      if (r.committed) void invalidate();
    },
  });
  const busy = run.isPending;
  const error = run.error;

  const reset = () => {
    setFile(null);
    setReport(null);
    run.reset();
    setWrongType(false);
  };

  const send = (dryRun: boolean) => {
    if (!file || !partner) return;
    run.mutate(dryRun);
  };

  const checked = report && !report.committed ? report : null;
  const done = report?.committed ? report : null;

  return (
    <Card title={t('hotline.title')} data-testid="hotline-import">
      <Typography.Paragraph type="secondary">{t('hotline.hint')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Button icon={<FileExcelOutlined />} href={hotlineTemplateUrl('xlsx')} data-testid="hotline-template-xlsx">
          {t('hotline.templateXlsx')}
        </Button>
        <Button icon={<FileTextOutlined />} href={hotlineTemplateUrl('csv')} data-testid="hotline-template-csv">
          {t('hotline.templateCsv')}
        </Button>
      </Flex>
      {choices.error ? <ErrorAlert error={choices.error} onRetry={() => void choices.refetch()} /> : null}
      {choices.isSuccess && partners.length === 0 ? (
        <Alert type="warning" showIcon title={t('hotline.noPartners')} style={{ marginBottom: 16 }} data-testid="hotline-no-partners" />
      ) : null}
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('hotline.partner')}</Typography.Text>
        <Select
          style={{ minWidth: 240 }}
          value={partner}
          onChange={(v) => {
            setPartner(v);
            setReport(null);
          }}
          loading={choices.isPending}
          placeholder={t('hotline.partnerRequired')}
          options={partners.map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }))}
          disabled={busy}
          aria-label={t('hotline.partner')}
          data-testid="hotline-partner"
        />
        <Upload
          accept={ACCEPT}
          multiple={false}
          showUploadList={false}
          beforeUpload={(f) => {
            const ok = /\.(xlsx|csv)$/i.test(f.name);
            setWrongType(!ok);
            setFile(ok ? f : null);
            setReport(null);
            run.reset();
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} disabled={busy} data-testid="hotline-file">
            {file ? t('hotline.chooseAgain') : t('hotline.choose')}
          </Button>
        </Upload>
        {file && (
          <Typography.Text data-testid="hotline-file-name">
            <CheckCircleOutlined style={{ color: '#52c41a' }} /> {t('hotline.fileChosen', { name: file.name, size: fileSize(file.size) })}
          </Typography.Text>
        )}
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          disabled={!file || !partner || !!done}
          loading={busy && !checked}
          onClick={() => send(true)}
          data-testid="hotline-check"
        >
          {t('hotline.check')}
        </Button>
      </Space>
      {wrongType && <Alert type="error" showIcon title={t('hotline.wrongType')} style={{ marginBottom: 12 }} data-testid="hotline-wrong-type" />}
      {error ? <ErrorAlert error={error} testId="hotline-error" /> : null}

      {checked && (
        <div data-testid="hotline-report" data-committed="false">
          <Counts report={checked} />
          {checked.errors.length > 0 ? (
            <Errors errors={checked.errors} />
          ) : checked.created > 0 ? (
            <Flex gap={12} align="center" wrap>
              <Alert type="success" showIcon title={t('hotline.checked', { n: checked.created })} data-testid="hotline-checked" />
              <Popconfirm
                title={t('hotline.commitConfirm', { n: checked.created })}
                description={<div style={{ maxWidth: 320 }}>{t('hotline.commitHint', { existing: checked.existing })}</div>}
                okButtonProps={buttonTestId('hotline-commit-confirm')}
                onConfirm={() => send(false)}
              >
                <Button type="primary" loading={busy} data-testid="hotline-commit">
                  {t('hotline.commit', { n: checked.created })}
                </Button>
              </Popconfirm>
            </Flex>
          ) : (
            <Alert type="info" showIcon title={t('hotline.nothingNew')} data-testid="hotline-nothing-new" />
          )}
        </div>
      )}

      {done && (
        <div data-testid="hotline-report" data-committed="true">
          <Counts report={done} />
          <Alert
            type="success"
            showIcon
            title={t('hotline.done', { created: done.created, existing: done.existing })}
            description={
              done.orderIds.length > 0 ? (
                <Flex gap={8} wrap>
                  <span>{t('hotline.orders')}</span>
                  {done.orderIds.slice(0, SHOWN_ORDERS).map((id) => (
                    <Link key={id} to={`/appeals/${id}`}>
                      #{id}
                    </Link>
                  ))}
                  {done.orderIds.length > SHOWN_ORDERS ? <span>…</span> : null}
                </Flex>
              ) : undefined
            }
            data-testid="hotline-done"
          />
        </div>
      )}
      {(report !== null || !!error) && (
        <Button icon={<ReloadOutlined />} onClick={reset} style={{ marginTop: 12 }} data-testid="hotline-reset">
          {t('hotline.chooseAgain')}
        </Button>
      )}
    </Card>
  );
}
