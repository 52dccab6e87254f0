import { Alert, Form, Input, Select } from 'antd';
import { api } from '../../../app/api/client';
import type { ApiBody } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { orgKeys, useHousingTypes } from '../api';
import { useOrgT } from '../i18n';
import { KINDS, childTypeOf, typesBelow, type UnitDetail, type UnitType } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** A reason given, trimmed; none when left empty. */
const reasonOf = (reason?: string) => (reason?.trim() ? { reason: reason.trim() } : {});

interface CreateValues {
  type: UnitType;
  kind: string;
  name: string;
  code?: string;
  housingType?: string;
  address?: string;
}

export function CreateUnitModal({ parent, open, onClose, onDone }: { parent: UnitDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useOrgT();
  const unitTypeTerms = useVocabulary('org.unitType');
  const unitKindTerms = useVocabulary('org.unitKind');
  const { label } = useI18n();
  const [form] = Form.useForm<CreateValues>();
  const type = Form.useWatch('type', form) ?? childTypeOf(parent.type) ?? undefined;
  const housing = useHousingTypes(open && type === 'compound');
  const create = (v: CreateValues) => {
    const body: ApiBody<'/api/org/units'> = { parentId: parent.id, type: v.type, name: v.name.trim() };
    if (v.kind) body.kind = v.kind as NonNullable<ApiBody<'/api/org/units'>['kind']>;
    if (v.code?.trim()) body.code = v.code.trim();
    // A compound's address (长乐路100弄) is how residents find it when they report a problem there.
    if (v.type === 'compound' && (v.housingType || v.address?.trim()))
      body.attributes = { ...(v.housingType ? { housingType: v.housingType } : {}), ...(v.address?.trim() ? { address: v.address.trim() } : {}) };
    return api.post('/api/org/units', { body });
  };
  const kinds = type ? KINDS[type] : undefined;
  const kindLabel = (k: string) =>
    k === '' ? t(type === 'street' ? 'unitKind.streetDefault' : type === 'committee' ? 'unitKind.committeeDefault' : 'unitKind.none') : unitKindTerms.label(k);

  return (
    <FormModal
      open={open}
      title={t('unit.createTitle', { parent: parent.name })}
      onClose={onClose}
      submit={create}
      invalidate={[orgKeys.all]}
      success={(u) => t('unit.createdDone', { name: u.name })}
      onSuccess={() => onDone()}
      okText={t('common.create')}
      form={form}
      initialValues={{ type: childTypeOf(parent.type) ?? undefined, kind: '' }}
      testId="unit-create"
    >
      <Form.Item name="type" label={t('unit.formType')} rules={[{ required: true }]}>
        <Select
          data-testid="unit-form-type"
          options={typesBelow(parent.type).map((ty) => ({ value: ty, label: unitTypeTerms.label(ty) }))}
          onChange={() => form.setFieldValue('kind', '')}
        />
      </Form.Item>
      {kinds && (
        <Form.Item name="kind" label={t('unit.formKind')}>
          <Select data-testid="unit-form-kind" options={['', ...kinds].map((k) => ({ value: k, label: kindLabel(k) }))} />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('unit.formName')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('unit.formName') }) }]}
      >
        <Input data-testid="unit-form-name" maxLength={100} autoFocus />
      </Form.Item>
      <Form.Item name="code" label={t('unit.formCode')} extra={t('unit.formCodeHint')}>
        <Input data-testid="unit-form-code" maxLength={32} inputMode="numeric" />
      </Form.Item>
      {type === 'compound' && (
        <Form.Item
          name="housingType"
          label={
            <span>
              {t('unit.formHousingType')} {housing.data?.draft ? t('unit.formHousingDraft') : ''}
            </span>
          }
        >
          <Select
            data-testid="unit-form-housing-type"
            allowClear
            loading={housing.isPending}
            options={(housing.data?.items ?? []).map((h) => ({ value: h.code, label: label(h.name) }))}
          />
        </Form.Item>
      )}
      {type === 'compound' && (
        <Form.Item name="address" label={t('unit.formAddress')} extra={t('unit.formAddressHint')}>
          <Input data-testid="unit-form-address" maxLength={100} />
        </Form.Item>
      )}
      {housing.error ? <ErrorAlert error={housing.error} /> : null}
    </FormModal>
  );
}

export function MoveUnitModal({ unit, open, onClose, onDone }: { unit: UnitDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useOrgT();
  const parent = unit.ancestors.length ? unit.ancestors[unit.ancestors.length - 1] : null;
  return (
    <FormModal<{ newParentId: number; reason?: string }>
      open={open}
      title={t('unit.moveTitle', { name: unit.name })}
      onClose={onClose}
      submit={(v) => api.post('/api/org/units/{id}/move', { path: { id: unit.id }, body: { newParentId: v.newParentId, ...reasonOf(v.reason) } })}
      invalidate={[orgKeys.all]}
      success={t('unit.movedDone')}
      onSuccess={() => onDone()}
      okText={t('common.confirm')}
      testId="unit-move"
    >
      {parent && (
        <Form.Item label={t('unit.formCurrentParent')}>
          <span data-testid="unit-move-current-parent">{parent.name}</span>
        </Form.Item>
      )}
      <Form.Item
        name="newParentId"
        label={t('unit.formNewParent')}
        rules={[{ required: true, message: t('common.required', { field: t('unit.formNewParent') }) }]}
      >
        <UnitPicker testId="unit-move-parent" excludeIds={[unit.id, ...(parent ? [parent.id] : [])]} />
      </Form.Item>
      <Form.Item name="reason" label={t('common.reason')}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('common.reasonPlaceholder')} data-testid="unit-form-reason" />
      </Form.Item>
    </FormModal>
  );
}

export function RenameUnitModal({ unit, open, onClose, onDone }: { unit: UnitDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useOrgT();
  return (
    <FormModal<{ name: string; reason?: string }>
      open={open}
      title={t('unit.renameTitle', { name: unit.name })}
      onClose={onClose}
      submit={(v) => api.post('/api/org/units/{id}/rename', { path: { id: unit.id }, body: { name: v.name.trim(), ...reasonOf(v.reason) } })}
      invalidate={[orgKeys.all]}
      success={t('unit.renamedDone')}
      onSuccess={() => onDone()}
      okText={t('common.save')}
      initialValues={{ name: unit.name }}
      testId="unit-rename"
    >
      <Form.Item
        name="name"
        label={t('unit.formNewName')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('unit.formNewName') }) }]}
      >
        <Input data-testid="unit-form-name" maxLength={100} autoFocus />
      </Form.Item>
      <Form.Item name="reason" label={t('common.reason')}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('common.reasonPlaceholder')} data-testid="unit-form-reason" />
      </Form.Item>
    </FormModal>
  );
}

export function RetireUnitModal({ unit, open, onClose, onDone }: { unit: UnitDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useOrgT();
  return (
    <FormModal<{ reason?: string }>
      open={open}
      title={t('unit.retireTitle', { name: unit.name })}
      onClose={onClose}
      submit={(v) => api.post('/api/org/units/{id}/retire', { path: { id: unit.id }, body: reasonOf(v.reason) })}
      invalidate={[orgKeys.all]}
      success={t('unit.retiredDone')}
      onSuccess={() => onDone()}
      intro={<Alert type="warning" showIcon title={t('unit.retireWarning')} style={{ marginBottom: 16 }} />}
      okText={t('unit.retireConfirm')}
      danger
      testId="unit-retire"
      submitTestId="unit-retire-confirm"
    >
      <Form.Item name="reason" label={t('common.reason')}>
        <Input.TextArea rows={3} maxLength={500} placeholder={t('common.reasonPlaceholder')} data-testid="unit-form-reason" />
      </Form.Item>
    </FormModal>
  );
}
