import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../app/api/client';
import { FormModal } from '../../../shared/components/FormModal';
import { DISPLAY_TZ, dayjs } from '../../../shared/format';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';
import { peopleKeys } from '../api';
import { usePeopleT } from '../i18n';
import { DEPARTURES, type DepartureBody, type DepartureKind, type PersonDetail } from '../types';
import { usePersonProblems } from './personProblems';

type Values = { kind: DepartureKind; date: Dayjs; movedTo?: string };
const FIELDS = ['date', 'movedTo'] as const;

/**
 * 迁出 / 死亡: the person no longer lives here. What follows is said before submitting: their houses, household
 * and tags end, and they leave the lists; the record stays. After a move away, only death can still be recorded.
 */
export function DepartureForm({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const t = usePeopleT();
  const departureTerms = useVocabulary('people.departure');
  const markFields = usePersonProblems<Values>(FIELDS);
  const kinds = person.departed === 'moved_out' ? DEPARTURES.filter((k) => k === 'deceased') : DEPARTURES;
  const [form] = Form.useForm<Values>();
  // Days are the district's: a browser elsewhere must not offer tomorrow, nor refuse today.
  const today = dayjs().tz(DISPLAY_TZ).format('YYYY-MM-DD');
  const kind = Form.useWatch('kind', form);

  const submit = (v: Values) => {
    const body: DepartureBody = { kind: v.kind, date: v.date.format('YYYY-MM-DD') };
    if (v.kind === 'moved_out') body.movedTo = v.movedTo?.trim() || null;
    return api.post('/api/people/persons/{id}/departure', { path: { id: person.id }, body });
  };

  return (
    <FormModal<Values, { id: number }>
      form={form}
      title={t('edit.departureTitle', { name: person.name })}
      onClose={onClose}
      submit={submit}
      invalidate={[peopleKeys.all]}
      success={(_, v) => t(v.kind === 'deceased' ? 'edit.deceasedSaved' : 'edit.movedOutSaved', { name: person.name })}
      onError={markFields}
      initialValues={{ kind: kinds[0], date: dayjs(today) }}
      intro={<Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('edit.departureEffect')} data-testid="person-departure-effect" />}
      okText={t('edit.departureSubmit')}
      danger
      testId="person-departure-form"
    >
      <Form.Item name="kind" label={t('edit.departureKind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={kinds.map((k) => ({ value: k, label: <span data-testid={`person-departure-kind-${k}`}>{departureTerms.label(k)}</span> }))}
        />
      </Form.Item>
      <Form.Item
        name="date"
        label={kind === 'deceased' ? t('edit.deceasedOn') : t('edit.movedOutOn')}
        rules={[{ required: true, message: t('common.required', { field: t('edit.date') }) }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          inputReadOnly
          disabledDate={(d) => d.format('YYYY-MM-DD') > today || (!!person.birthDate && d.format('YYYY-MM-DD') < person.birthDate)}
          data-testid="person-departure-date"
        />
      </Form.Item>
      {kind !== 'deceased' && (
        <Form.Item name="movedTo" label={t('edit.movedTo')}>
          <Input maxLength={100} placeholder={t('edit.movedToPlaceholder')} data-testid="person-departure-moved-to" />
        </Form.Item>
      )}
    </FormModal>
  );
}
