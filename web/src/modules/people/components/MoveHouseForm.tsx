import { AutoComplete, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { FormModal } from '../../../shared/components/FormModal';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { DISPLAY_TZ, dayjs } from '../../../shared/format';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';
import { peopleKeys, useHouse } from '../api';
import { usePeopleT } from '../i18n';
import { HOUSE_RELATIONS, type HouseRelation, type MoveBody, type PersonDetail } from '../types';
import { RELATIONS_TO_HEAD } from './personChoices';
import { usePersonProblems } from './personProblems';

type Values = { houseId?: number; relation: HouseRelation; since?: Dayjs | null; headPersonId?: number | ''; relationToHead?: string };
const FIELDS = ['since'] as const;

/**
 * 变更住址: the person moves to another house of the caller's territory (the picker lists only those, and the
 * server checks again). They join a household there, or head a new one. A person recorded as moved away comes
 * back this way.
 */
export function MoveHouseForm({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const t = usePeopleT();
  const { locale } = useI18n();
  const houseRelationTerms = useVocabulary('people.houseRelation');
  const relationTerms = useVocabulary('people.relationToHead');
  const markFields = usePersonProblems<Values>(FIELDS);
  const [form] = Form.useForm<Values>();
  // Days are the district's (see DepartureForm).
  const today = dayjs().tz(DISPLAY_TZ).format('YYYY-MM-DD');
  const houseId = Form.useWatch('houseId', form);
  const head = Form.useWatch('headPersonId', form);
  const target = useHouse(houseId ? String(houseId) : '');
  const house = houseId ? target.data : undefined;
  const heads = (house?.households ?? [])
    .map((h) => house?.people.find((p) => p.id === h.headPersonId))
    .filter((p): p is NonNullable<typeof p> => !!p && p.id !== person.id);

  const submit = (v: Values) => {
    const headPersonId = v.headPersonId === '' || v.headPersonId === undefined ? null : Number(v.headPersonId);
    const body: MoveBody = {
      houseId: Number(v.houseId),
      relation: v.relation,
      since: v.since ? v.since.format('YYYY-MM-DD') : null,
      headPersonId,
      relationToHead: headPersonId ? v.relationToHead?.trim() || null : null,
    };
    return api.post('/api/people/persons/{id}/move', { path: { id: person.id }, body });
  };

  return (
    <FormModal<Values, { houseId: number }>
      form={form}
      title={t('edit.moveTitle', { name: person.name })}
      onClose={onClose}
      submit={submit}
      invalidate={[peopleKeys.all]}
      success={t('edit.moved', { name: person.name })}
      onError={markFields}
      initialValues={{ relation: 'resident', since: dayjs(today), headPersonId: '' }}
      okText={t('edit.moveSubmit')}
      testId="person-move-form"
    >
      <Form.Item name="houseId" label={t('edit.moveHouse')} extra={t('edit.moveHouseHint')} rules={[{ required: true, message: t('visit.houseRequired') }]}>
        <UnitPicker
          type="house"
          excludeIds={person.houseId !== null ? [person.houseId] : []}
          placeholder={t('visit.housePlaceholder')}
          testId="person-move-house"
          onChange={() => form.setFieldsValue({ headPersonId: '' })}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="relation" label={t('house.relation')} rules={[{ required: true }]}>
            <Select
              data-testid="person-move-relation"
              options={HOUSE_RELATIONS.map((r) => ({ value: r, label: houseRelationTerms.label(r) }))}
              optionRender={(o) => <span data-testid={`person-move-relation-${o.value}`}>{o.label}</span>}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="since" label={t('edit.since')}>
            <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.format('YYYY-MM-DD') > today} data-testid="person-move-since" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="headPersonId" label={t('household.head')} extra={t('personForm.headHint')}>
        <Select
          data-testid="person-move-head"
          disabled={!house}
          loading={!!houseId && target.isPending}
          options={[{ value: '', label: t('personForm.headNew') }, ...heads.map((p) => ({ value: p.id, label: p.name }))]}
          optionRender={(o) => <span data-testid={`person-move-head-${o.value === '' ? 'new' : o.value}`}>{o.label}</span>}
        />
      </Form.Item>
      {head !== '' && head !== undefined && (
        <Form.Item name="relationToHead" label={t('household.relationToHead')}>
          <AutoComplete options={RELATIONS_TO_HEAD.map((r) => ({ value: r, label: locale === 'en' ? `${r} (${relationTerms.label(r)})` : r }))}>
            <Input maxLength={20} placeholder={t('personForm.relationToHeadPlaceholder')} data-testid="person-move-relation-to-head" />
          </AutoComplete>
        </Form.Item>
      )}
    </FormModal>
  );
}
