import { Form, Input, Modal } from 'antd';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { buttonTestId } from '../../../shared/testid';
import { useEstateT } from '../i18n';
import type { Company } from '../types';
import { useSave } from './useSave';

interface Values {
  name: string;
  creditCode: string;
  contactName: string | null;
  phone: string;
  address: string | null;
}

/** Registers a property company in the district register or edits one (POST …/companies, POST …/companies/:id). */
export function CompanyModal({ company, open, onClose }: { company: Company | null; open: boolean; onClose: () => void }) {
  const t = useEstateT();
  const { t: tApp } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useSave<Values>(
    (v) => {
      const body = {
        name: v.name.trim(),
        creditCode: v.creditCode.trim(),
        contactName: v.contactName?.trim() || null,
        address: v.address?.trim() || null,
        // An empty phone on an edit keeps the stored one.
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : company ? {} : { phone: null }),
      };
      return company ? api.post('/api/estate/companies/{id}', { path: { id: company.id }, body }) : api.post('/api/estate/companies', { body });
    },
    { success: t('company.saved'), onDone: onClose },
  );
  const required = (field: string) => [{ required: true, whitespace: true, message: tApp('common.required', { field }) }];
  return (
    <Modal
      open={open}
      title={company ? t('company.editTitle') : t('company.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tApp('common.save')}
      cancelText={tApp('common.cancel')}
      confirmLoading={save.busy}
      okButtonProps={buttonTestId('company-submit')}
      destroyOnHidden
      afterClose={save.clear}
    >
      {save.error ? <ErrorAlert error={save.error} testId="company-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={save.submit}
        data-testid="company-form"
        initialValues={
          company
            ? { name: company.name, creditCode: company.creditCode, contactName: company.contactName, phone: '', address: company.address }
            : { phone: '' }
        }
      >
        <Form.Item name="name" label={t('company.name')} rules={required(t('company.name'))}>
          <Input maxLength={100} data-testid="company-name" />
        </Form.Item>
        <Form.Item name="creditCode" label={t('company.creditCode')} extra={t('company.creditCodeHint')} rules={required(t('company.creditCode'))}>
          <Input maxLength={30} style={{ fontFamily: 'monospace' }} data-testid="company-credit-code" />
        </Form.Item>
        <Form.Item name="contactName" label={t('company.contactName')}>
          <Input maxLength={50} data-testid="company-contact" />
        </Form.Item>
        <Form.Item name="phone" label={t('company.phone')} extra={company?.phoneMasked ? t('member.phoneKeep', { masked: company.phoneMasked }) : undefined}>
          <Input maxLength={20} inputMode="tel" data-testid="company-phone" />
        </Form.Item>
        <Form.Item name="address" label={t('company.address')}>
          <Input maxLength={200} data-testid="company-address" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
