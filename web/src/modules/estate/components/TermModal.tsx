import { Alert, Checkbox, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { dayjs } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import { useEstateT } from '../i18n';
import type { Term } from '../types';
import { day, useSave } from './useSave';

interface Values {
  startDate: Dayjs;
  endDate: Dayjs | null;
  electionDate: Dayjs | null;
  electionRef: string | null;
  carryOverMembers: boolean;
}

/**
 * Starts a term (the first, or a re-election that ends the sitting one) or edits one's end and election details
 * (POST …/compounds/:id/terms, POST …/terms/:id).
 */
export function TermModal({
  compound,
  term,
  reElection,
  open,
  onClose,
}: {
  compound: { id: number; name: string };
  term: Term | null;
  reElection: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const t = useEstateT();
  const { t: tApp } = useI18n();
  const [form] = Form.useForm<Values>();
  // The start (of a new term) and the end (of a term edited) are required by the form.
  const save = useSave<Values>(
    (v) =>
      term
        ? api.post('/api/estate/terms/{id}', {
            path: { id: term.id },
            body: { endDate: day(v.endDate)!, electionDate: day(v.electionDate), electionRef: v.electionRef?.trim() || null },
          })
        : api.post('/api/estate/compounds/{id}/terms', {
            path: { id: compound.id },
            body: {
              startDate: day(v.startDate)!,
              endDate: day(v.endDate),
              electionDate: day(v.electionDate),
              electionRef: v.electionRef?.trim() || null,
              carryOverMembers: !!v.carryOverMembers,
            },
          }),
    { success: t('term.saved'), onDone: onClose },
  );
  return (
    <Modal
      open={open}
      title={term ? t('term.editTitle', { n: term.termNumber }) : t('term.startTitle', { compound: compound.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tApp('common.save')}
      cancelText={tApp('common.cancel')}
      confirmLoading={save.busy}
      okButtonProps={buttonTestId('term-submit')}
      destroyOnHidden
      afterClose={save.clear}
    >
      {reElection && !term && <Alert type="info" showIcon title={t('term.reElectionHint')} style={{ marginBottom: 16 }} />}
      {save.error ? <ErrorAlert error={save.error} testId="term-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={save.submit}
        data-testid="term-form"
        initialValues={
          term
            ? {
                startDate: dayjs(term.startDate),
                endDate: dayjs(term.endDate),
                electionDate: term.electionDate ? dayjs(term.electionDate) : null,
                electionRef: term.electionRef,
              }
            : { carryOverMembers: false }
        }
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="startDate"
              label={t('term.startDate')}
              rules={[{ required: true, message: tApp('common.required', { field: t('term.startDate') }) }]}
            >
              <DatePicker style={{ width: '100%' }} disabled={!!term} data-testid="term-start" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="endDate"
              label={t('term.endDate')}
              extra={term ? undefined : t('term.endDateHint')}
              rules={term ? [{ required: true, message: tApp('common.required', { field: t('term.endDate') }) }] : []}
            >
              <DatePicker style={{ width: '100%' }} data-testid="term-end" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="electionDate" label={t('term.electionDate')}>
          <DatePicker style={{ width: '100%' }} data-testid="term-election-date" />
        </Form.Item>
        <Form.Item name="electionRef" label={t('term.electionRef')}>
          <Input maxLength={200} placeholder={t('term.electionRefPlaceholder')} data-testid="term-election-ref" />
        </Form.Item>
        {reElection && !term && (
          <Form.Item name="carryOverMembers" valuePropName="checked">
            <Checkbox data-testid="term-carry-over">{t('term.carryOver')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
