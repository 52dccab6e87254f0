import { Alert, Form, Input, InputNumber, Radio, Select } from 'antd';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { raiseSummons, useInvalidateAppeals, useSummonsInvitees } from '../api';
import { useSummonsT } from '../i18n';

interface Values {
  kind: 'street' | 'department';
  departmentId?: number;
  subject: string;
  description: string;
  orderId?: number | null;
  respondDays: number;
}

const DEFAULT_DAYS = 3;

/**
 * The committee's summons form: its street office or a department (the district's, or a team in its own
 * street), what the problem is, optionally the order it came from, and how many working days to answer.
 */
export function SummonsRaiseModal({
  committeeId,
  committeeName,
  onClose,
  onRaised,
}: {
  committeeId: number;
  committeeName: string;
  onClose: () => void;
  onRaised?: (id: number) => void;
}) {
  const t = useSummonsT();
  const invalidate = useInvalidateAppeals();
  const invitees = useSummonsInvitees();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const days = Form.useWatch('respondDays', form);
  const street = invitees.data?.streets[0];
  const departments = invitees.data?.departments ?? [];

  const submit = (v: Values) =>
    raiseSummons({
      committeeId,
      departmentId: v.kind === 'department' ? v.departmentId : null,
      subject: v.subject.trim(),
      description: v.description.trim(),
      orderId: v.orderId ?? null,
      respondDays: v.respondDays,
    });

  return (
    <FormModal<Values, { id: number }>
      title={t('summons.form.title')}
      onClose={onClose}
      width={640}
      okText={t('summons.raise')}
      submit={submit}
      success={t('summons.form.raised')}
      onSuccess={(r) => {
        void invalidate();
        onRaised?.(r.id);
      }}
      form={form}
      initialValues={{ kind: 'department', respondDays: DEFAULT_DAYS }}
      testId="summons-raise-modal"
      submitTestId="summons-raise-submit"
      intro={
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('summons.form.hint', { days: days ?? DEFAULT_DAYS })} />
          {invitees.error ? <ErrorAlert error={invitees.error} onRetry={() => void invitees.refetch()} /> : null}
        </>
      }
    >
      <Form.Item label={t('summons.form.committee')}>
        <Input value={committeeName} disabled />
      </Form.Item>
      <Form.Item name="kind" label={t('summons.form.inviteeKind')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'department', label: <span data-testid="summons-kind-department">{t('summons.form.kindDepartment')}</span> },
            {
              value: 'street',
              label: <span data-testid="summons-kind-street">{t('summons.form.kindStreet', { name: street?.name ?? '' })}</span>,
              disabled: !street,
            },
          ]}
        />
      </Form.Item>
      {kind !== 'street' && (
        <Form.Item name="departmentId" label={t('summons.form.department')} rules={[{ required: true, message: t('summons.form.departmentRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={invitees.isPending}
            placeholder={t('summons.form.departmentPlaceholder')}
            data-testid="summons-department"
            options={[
              { label: t('summons.form.streetTeams'), options: departments.filter((d) => d.streetId !== null).map((d) => ({ value: d.id, label: d.name })) },
              {
                label: t('summons.form.districtDepartments'),
                options: departments.filter((d) => d.streetId === null).map((d) => ({ value: d.id, label: d.name })),
              },
            ].filter((g) => g.options.length > 0)}
          />
        </Form.Item>
      )}
      <Form.Item
        name="subject"
        label={t('summons.form.subject')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('summons.form.subjectRequired') }]}
      >
        <Input maxLength={100} showCount placeholder={t('summons.form.subjectPlaceholder')} data-testid="summons-subject" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('summons.form.description')}
        rules={[{ required: true, whitespace: true, message: t('summons.form.descriptionRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('summons.form.descriptionPlaceholder')} data-testid="summons-description" />
      </Form.Item>
      <Form.Item name="orderId" label={t('summons.form.order')}>
        <InputNumber min={1} precision={0} prefix="#" style={{ width: 200 }} placeholder={t('summons.form.orderPlaceholder')} data-testid="summons-order" />
      </Form.Item>
      <Form.Item name="respondDays" label={t('summons.form.respondDays')} rules={[{ required: true, type: 'integer', min: 1, max: 10 }]}>
        <InputNumber min={1} max={10} precision={0} style={{ width: 120 }} data-testid="summons-days" />
      </Form.Item>
    </FormModal>
  );
}
