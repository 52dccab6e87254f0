import { AutoComplete, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { FormModal } from '../../../shared/components/FormModal';
import { todayInZone } from '../../../shared/format';
import { peopleKeys } from '../api';
import { usePeopleT } from '../i18n';
import { usePersonProblems } from './personProblems';
import { ETHNICITIES, RELATIONS_TO_HEAD } from './personChoices';
import {
  DOC_TYPES,
  GENDERS,
  HOUSE_RELATIONS,
  RESIDENCES,
  type DocType,
  type Gender,
  type House,
  type HouseRelation,
  type Id,
  type PersonBody,
  type Residence,
} from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

interface Values {
  name: string;
  docType: DocType;
  docNumber: string;
  gender?: Gender;
  birthDate?: Dayjs | null;
  ethnicity?: string;
  nationality?: string;
  phone?: string;
  residence: Residence;
  relation: HouseRelation;
  since?: Dayjs | null;
  headPersonId?: Id | '';
  relationToHead?: string;
}

const FORM_FIELDS = [
  'name',
  'docType',
  'docNumber',
  'gender',
  'birthDate',
  'ethnicity',
  'nationality',
  'phone',
  'residence',
  'relation',
  'since',
  'headPersonId',
  'relationToHead',
];

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const day = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);

/** 登记人员: create a person at this house, optionally joining the household of a head living here. */
export function PersonForm({ house, open, onClose, onCreated }: { house: House; open: boolean; onClose: () => void; onCreated?: (id: Id) => void }) {
  const t = usePeopleT();
  const genderTerms = useVocabulary('people.gender');
  const docTypeTerms = useVocabulary('people.docType');
  const residenceTerms = useVocabulary('people.residence');
  const houseRelationTerms = useVocabulary('people.houseRelation');
  const relationTerms = useVocabulary('people.relationToHead');
  const ethnicityTerms = useVocabulary('people.ethnicity');
  const { locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const docType = Form.useWatch('docType', form);
  const head = Form.useWatch('headPersonId', form);
  const heads = house.households.map((h) => house.people.find((p) => p.id === h.headPersonId)).filter((p): p is NonNullable<typeof p> => !!p);
  const headChoices = heads.length ? heads : house.people;

  const submit = (v: Values) => {
    const body: PersonBody = {
      name: v.name.trim(),
      docType: v.docType,
      docNumber: v.docNumber.trim().toUpperCase(),
      gender: v.gender ?? null,
      birthDate: day(v.birthDate),
      ethnicity: text(v.ethnicity),
      nationality: text(v.nationality),
      phone: text(v.phone),
      residence: v.residence,
      houseId: house.houseId,
      relation: v.relation,
      since: day(v.since),
      headPersonId: v.headPersonId === '' || v.headPersonId === undefined ? null : Number(v.headPersonId),
      relationToHead: v.headPersonId ? text(v.relationToHead) : null,
    };
    return api.post('/api/people/persons', { body });
  };

  /** PERSON_INVALID: each problem also goes under its field (the alert above the form shows the refusal anyway). */
  const markFields = usePersonProblems<Values>(FORM_FIELDS);

  const personLabel = (p: House['people'][number]) => `${p.name}${p.age !== null ? `（${t('person.ageYears', { age: p.age })}）` : ''}`;

  return (
    <FormModal<Values, { id: Id }>
      open={open}
      width={720}
      title={t('personForm.title', { address: house.address.text })}
      onClose={onClose}
      submit={submit}
      invalidate={[peopleKeys.all]}
      success={(_, v) => t('personForm.created', { name: v.name.trim() })}
      onSuccess={(r) => onCreated?.(r.id)}
      onError={markFields}
      okText={t('personForm.submit')}
      form={form}
      initialValues={{ docType: 'resident_id', residence: 'registered_living', relation: heads.length ? 'family' : 'owner', headPersonId: heads[0]?.id ?? '' }}
      testId="person-form"
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={t('person.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('person.name') }) }]}
          >
            <Input maxLength={50} data-testid="person-form-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="docType" label={t('person.docType')} rules={[{ required: true }]}>
            <Select
              data-testid="person-form-doc-type"
              options={DOC_TYPES.map((d) => ({ value: d, label: docTypeTerms.label(d) }))}
              optionRender={(o) => <span data-testid={`person-form-doc-type-${o.value}`}>{o.label}</span>}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="docNumber"
            label={t('person.docNumber')}
            extra={docType === 'resident_id' ? t('personForm.docNumberHint') : undefined}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('person.docNumber') }) }]}
          >
            <Input maxLength={30} autoComplete="off" style={{ fontFamily: 'monospace' }} data-testid="person-form-doc-number" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="phone" label={t('person.phone')}>
            <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="person-form-phone" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="gender" label={t('person.gender')}>
            <Select
              allowClear
              placeholder={docType === 'resident_id' ? t('personForm.derived') : undefined}
              data-testid="person-form-gender"
              options={GENDERS.map((g) => ({ value: g, label: genderTerms.label(g) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="birthDate" label={t('person.birthDate')}>
            <DatePicker
              style={{ width: '100%' }}
              placeholder={docType === 'resident_id' ? t('personForm.derived') : undefined}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayInZone()}
              data-testid="person-form-birth-date"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="ethnicity" label={t('person.ethnicity')}>
            <AutoComplete options={ETHNICITIES.map((e) => ({ value: e, label: locale === 'en' ? `${e} (${ethnicityTerms.label(e)})` : e }))}>
              <Input maxLength={20} data-testid="person-form-ethnicity" />
            </AutoComplete>
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="nationality" label={t('person.nationality')}>
            <Input maxLength={40} data-testid="person-form-nationality" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="residence" label={t('person.residence')} rules={[{ required: true }]}>
            <Select
              data-testid="person-form-residence"
              options={RESIDENCES.map((r) => ({ value: r, label: residenceTerms.label(r) }))}
              optionRender={(o) => <span data-testid={`person-form-residence-${o.value}`}>{o.label}</span>}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="relation" label={t('house.relation')} rules={[{ required: true }]}>
            <Select
              data-testid="person-form-relation"
              options={HOUSE_RELATIONS.map((r) => ({ value: r, label: houseRelationTerms.label(r) }))}
              optionRender={(o) => <span data-testid={`person-form-relation-${o.value}`}>{o.label}</span>}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="since" label={t('house.since')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > todayInZone()} data-testid="person-form-since" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="headPersonId" label={t('household.head')} extra={t('personForm.headHint')}>
            <Select
              data-testid="person-form-head"
              options={[{ value: '', label: t('personForm.headNew') }, ...headChoices.map((p) => ({ value: p.id, label: personLabel(p) }))]}
              optionRender={(o) => <span data-testid={`person-form-head-${o.value === '' ? 'new' : o.value}`}>{o.label}</span>}
            />
          </Form.Item>
        </Col>
        {head !== '' && head !== undefined && head !== null && (
          <Col xs={24} md={12}>
            <Form.Item name="relationToHead" label={t('household.relationToHead')}>
              <AutoComplete options={RELATIONS_TO_HEAD.map((r) => ({ value: r, label: locale === 'en' ? `${r} (${relationTerms.label(r)})` : r }))}>
                <Input maxLength={20} placeholder={t('personForm.relationToHeadPlaceholder')} data-testid="person-form-relation-to-head" />
              </AutoComplete>
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
