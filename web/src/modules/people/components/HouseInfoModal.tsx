import { Form, InputNumber, Modal, Select } from 'antd';
import { api } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { buttonTestId } from '../../../shared/testid';
import { peopleKeys } from '../api';
import { usePeopleT } from '../i18n';
import { HOUSE_USES, OWNERSHIPS, type House, type HouseUse, type Ownership } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';

interface Values {
  use: HouseUse;
  areaM2: number | null;
  ownership: Ownership | null;
}

/** Edit a house's use, area and ownership (POST /api/people/houses/:id). */
export function HouseInfoModal({ house, open, onClose }: { house: House; open: boolean; onClose: () => void }) {
  const t = usePeopleT();
  const ownershipTerms = useVocabulary('people.ownership');
  const houseUseTerms = useVocabulary('people.houseUse');
  const [form] = Form.useForm<Values>();
  const save = useApiMutation(
    (v: Values) =>
      api.post('/api/people/houses/{id}', { path: { id: house.houseId }, body: { use: v.use, areaM2: v.areaM2 ?? null, ownership: v.ownership ?? null } }),
    { success: t('house.saved'), invalidate: [peopleKeys.house(String(house.houseId))], onSuccess: onClose },
  );
  const submit = (v: Values) => save.mutate(v);
  const area = house.areaM2 === null || house.areaM2 === '' ? null : Number(house.areaM2);
  return (
    <Modal
      open={open}
      title={t('house.editTitle', { address: house.address.text })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('house-edit-submit')}
      destroyOnHidden
      afterClose={() => save.reset()}
    >
      {save.error ? <ErrorAlert error={save.error} testId="house-edit-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        data-testid="house-edit-form"
        initialValues={{ use: house.use, areaM2: Number.isFinite(area) ? area : null, ownership: house.ownership }}
      >
        <Form.Item name="use" label={t('house.use')} rules={[{ required: true }]}>
          <Select
            data-testid="house-edit-use"
            options={HOUSE_USES.map((u) => ({ value: u, label: houseUseTerms.label(u) }))}
            optionRender={(o) => <span data-testid={`house-edit-use-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
        <Form.Item name="areaM2" label={t('house.area')}>
          <InputNumber<number> min={1} max={100000} step={0.1} style={{ width: '100%' }} data-testid="house-edit-area" />
        </Form.Item>
        <Form.Item name="ownership" label={t('house.ownership')}>
          <Select
            allowClear
            data-testid="house-edit-ownership"
            options={OWNERSHIPS.map((o) => ({ value: o, label: ownershipTerms.label(o) }))}
            optionRender={(o) => <span data-testid={`house-edit-ownership-${o.value}`}>{o.label}</span>}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
