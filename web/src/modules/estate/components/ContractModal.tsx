import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { dayjs } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import { fenToYuan, yuanToFen } from '../api';
import { useEstateT } from '../i18n';
import type { Contract } from '../types';
import { CompanySelect } from './CompanySelect';
import { day, useSave } from './useSave';

interface Values {
  companyId: number;
  startDate: Dayjs;
  endDate: Dayjs;
  fee: number | null;
  serviceScope: string | null;
}

/** Records a compound's property contract, or edits one (POST …/compounds/:id/contracts, POST …/contracts/:id). */
export function ContractModal({
  compound,
  contract,
  open,
  onClose,
}: {
  compound: { id: number; name: string };
  contract: Contract | null;
  open: boolean;
  onClose: () => void;
}) {
  const t = useEstateT();
  const { t: tApp } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useSave<Values>(
    (v) => {
      // Both dates are required by the form.
      const body = {
        companyId: v.companyId,
        startDate: day(v.startDate)!,
        endDate: day(v.endDate)!,
        feeFenPerM2: yuanToFen(v.fee),
        serviceScope: v.serviceScope?.trim() || null,
      };
      return contract
        ? api.post('/api/estate/contracts/{id}', { path: { id: contract.id }, body })
        : api.post('/api/estate/compounds/{id}/contracts', { path: { id: compound.id }, body });
    },
    { success: t('contract.saved'), onDone: onClose },
  );
  const required = (field: string) => [{ required: true, message: tApp('common.required', { field }) }];
  return (
    <Modal
      open={open}
      title={contract ? t('contract.editTitle') : t('contract.addTitle', { compound: compound.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tApp('common.save')}
      cancelText={tApp('common.cancel')}
      confirmLoading={save.busy}
      okButtonProps={buttonTestId('contract-submit')}
      destroyOnHidden
      afterClose={save.clear}
      width={600}
    >
      <Alert type="info" showIcon title={t('contract.oneAtATime')} style={{ marginBottom: 16 }} />
      {save.error ? <ErrorAlert error={save.error} testId="contract-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={save.submit}
        data-testid="contract-form"
        initialValues={
          contract
            ? {
                companyId: contract.company.id,
                startDate: dayjs(contract.startDate),
                endDate: dayjs(contract.endDate),
                fee: fenToYuan(contract.feeFenPerM2),
                serviceScope: contract.serviceScope,
              }
            : undefined
        }
      >
        <Form.Item name="companyId" label={t('contract.company')} rules={required(t('contract.company'))}>
          <CompanySelect testId="contract-company" initial={contract ? { id: contract.company.id, name: contract.company.name } : null} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="startDate" label={t('contract.startDate')} rules={required(t('contract.startDate'))}>
              <DatePicker style={{ width: '100%' }} data-testid="contract-start" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="endDate"
              label={t('contract.endDate')}
              dependencies={['startDate']}
              rules={[
                ...required(t('contract.endDate')),
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | undefined) => {
                    const start = getFieldValue('startDate') as Dayjs | undefined;
                    return !v || !start || !v.isBefore(start, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(`${t('contract.endDate')} < ${t('contract.startDate')}`));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="contract-end" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="fee" label={`${t('contract.fee')}（${t('contract.feeUnit')}）`}>
          <InputNumber<number>
            min={0}
            max={1000}
            step={0.05}
            precision={2}
            placeholder={t('contract.feePlaceholder')}
            style={{ width: '100%' }}
            data-testid="contract-fee"
          />
        </Form.Item>
        <Form.Item name="serviceScope" label={t('contract.scope')}>
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('contract.scopePlaceholder')} data-testid="contract-scope" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
