import { useState } from 'react';
import { App, Alert, Form, Input, Modal, Select } from 'antd';
import { legacyApi } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { buttonTestId } from '../../../shared/testid';
import { useHousingTypes } from '../api';
import { useOrgT } from '../i18n';
import { KINDS, childTypeOf, typesBelow, type Unit, type UnitDetail, type UnitType } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** Shared modal frame: a form, its submit, and the server's error shown inline. */
function useSubmit<T>(run: (v: T) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: T) => {
    setBusy(true);
    setError(null);
    try {
      await run(v);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit, clear: () => setError(null) };
}

interface CreateValues {
  type: UnitType;
  kind: string;
  name: string;
  code?: string;
  housingType?: string;
}

export function CreateUnitModal({
  parent,
  open,
  onClose,
  onDone,
}: {
  parent: UnitDetail;
  open: boolean;
  onClose: () => void;
  onDone: (u: Unit) => void;
}) {
  const t = useOrgT();
  const unitTypeTerms = useVocabulary('org.unitType');
  const unitKindTerms = useVocabulary('org.unitKind');
  const { label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const type = Form.useWatch('type', form) ?? childTypeOf(parent.type) ?? undefined;
  const housing = useHousingTypes(open && type === 'compound');
  const s = useSubmit<CreateValues>(async (v) => {
    const body: Record<string, unknown> = { parentId: parent.id, type: v.type, name: v.name.trim() };
    if (v.kind) body.kind = v.kind;
    if (v.code?.trim()) body.code = v.code.trim();
    if (v.type === 'compound' && v.housingType) body.attributes = { housingType: v.housingType };
    const u = await legacyApi.post<Unit>('/api/org/units', body);
    message.success(t('unit.created', { name: u.name }));
    onDone(u);
  });
  const kinds = type ? KINDS[type] : undefined;
  const kindLabel = (k: string) =>
    k === '' ? t(type === 'street' ? 'unitKind.streetDefault' : type === 'committee' ? 'unitKind.committeeDefault' : 'unitKind.none') : unitKindTerms.label(k);

  return (
    <Modal
      open={open}
      title={t('unit.createTitle', { parent: parent.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={s.busy}
      okButtonProps={buttonTestId('unit-create-submit')}
      destroyOnHidden
      afterClose={s.clear}
    >
      {s.error ? <ErrorAlert error={s.error} testId="unit-form-error" /> : null}
      <Form<CreateValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ type: childTypeOf(parent.type) ?? undefined, kind: '' }}
        onFinish={s.submit}
        data-testid="unit-create-form"
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
        {housing.error ? <ErrorAlert error={housing.error} /> : null}
      </Form>
    </Modal>
  );
}

export function MoveUnitModal({
  unit,
  open,
  onClose,
  onDone,
}: {
  unit: UnitDetail;
  open: boolean;
  onClose: () => void;
  onDone: (u: Unit) => void;
}) {
  const t = useOrgT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newParentId: string; reason?: string }>();
  const parent = unit.ancestors.length ? unit.ancestors[unit.ancestors.length - 1] : null;
  const s = useSubmit<{ newParentId: string; reason?: string }>(async (v) => {
    const u = await legacyApi.post<Unit>(`/api/org/units/${encodeURIComponent(unit.id)}/move`, {
      newParentId: v.newParentId,
      ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
    });
    message.success(t('unit.moved'));
    onDone(u);
  });
  return (
    <Modal
      open={open}
      title={t('unit.moveTitle', { name: unit.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={s.busy}
      okButtonProps={buttonTestId('unit-move-submit')}
      destroyOnHidden
      afterClose={s.clear}
    >
      {s.error ? <ErrorAlert error={s.error} testId="unit-form-error" /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={s.submit} data-testid="unit-move-form">
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
      </Form>
    </Modal>
  );
}

export function RenameUnitModal({
  unit,
  open,
  onClose,
  onDone,
}: {
  unit: UnitDetail;
  open: boolean;
  onClose: () => void;
  onDone: (u: Unit) => void;
}) {
  const t = useOrgT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; reason?: string }>();
  const s = useSubmit<{ name: string; reason?: string }>(async (v) => {
    const u = await legacyApi.post<Unit>(`/api/org/units/${encodeURIComponent(unit.id)}/rename`, {
      name: v.name.trim(),
      ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
    });
    message.success(t('unit.renamed'));
    onDone(u);
  });
  return (
    <Modal
      open={open}
      title={t('unit.renameTitle', { name: unit.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={s.busy}
      okButtonProps={buttonTestId('unit-rename-submit')}
      destroyOnHidden
      afterClose={s.clear}
    >
      {s.error ? <ErrorAlert error={s.error} testId="unit-form-error" /> : null}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ name: unit.name }} onFinish={s.submit} data-testid="unit-rename-form">
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
      </Form>
    </Modal>
  );
}

export function RetireUnitModal({
  unit,
  open,
  onClose,
  onDone,
}: {
  unit: UnitDetail;
  open: boolean;
  onClose: () => void;
  onDone: (u: Unit) => void;
}) {
  const t = useOrgT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const s = useSubmit<{ reason?: string }>(async (v) => {
    const u = await legacyApi.post<Unit>(`/api/org/units/${encodeURIComponent(unit.id)}/retire`, {
      ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
    });
    message.success(t('unit.retiredDone'));
    onDone(u);
  });
  return (
    <Modal
      open={open}
      title={t('unit.retireTitle', { name: unit.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('unit.retireConfirm')}
      cancelText={t('common.cancel')}
      confirmLoading={s.busy}
      okButtonProps={{ ...buttonTestId('unit-retire-confirm'), danger: true }}
      destroyOnHidden
      afterClose={s.clear}
    >
      <Alert type="warning" showIcon title={t('unit.retireWarning')} style={{ marginBottom: 16 }} />
      {s.error ? <ErrorAlert error={s.error} testId="unit-form-error" /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={s.submit} data-testid="unit-retire-form">
        <Form.Item name="reason" label={t('common.reason')}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('common.reasonPlaceholder')} data-testid="unit-form-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
