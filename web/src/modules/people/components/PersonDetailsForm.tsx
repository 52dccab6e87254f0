import { AutoComplete, Form, Input, Select, Typography } from 'antd';
import { api } from '../../../app/api/client';
import { FormModal } from '../../../shared/components/FormModal';
import { useI18n } from '../../../app/i18n';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';
import { peopleKeys } from '../api';
import { usePeopleT } from '../i18n';
import { RESIDENCES, type DetailsBody, type PersonDetail, type Residence } from '../types';
import { ETHNICITIES } from './personChoices';
import { PHONE, usePersonProblems } from './personProblems';

type Values = { phone?: string; residence: Residence; ethnicity?: string; nationality?: string };
const FIELDS = ['phone', 'residence', 'ethnicity', 'nationality'] as const;

/**
 * 更正信息: the phone, residence, ethnicity and nationality, which a worker corrects without the person's document
 * in hand. The phone is never shown in full here: a new number replaces it, an empty field keeps it.
 */
export function PersonDetailsForm({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const t = usePeopleT();
  const residenceTerms = useVocabulary('people.residence');
  const ethnicityTerms = useVocabulary('people.ethnicity');
  const { locale } = useI18n();
  const markFields = usePersonProblems<Values>(FIELDS);
  const text = (v: string | undefined) => v?.trim() || null;

  const submit = (v: Values) => {
    const body: DetailsBody = { residence: v.residence, ethnicity: text(v.ethnicity), nationality: text(v.nationality) };
    const phone = v.phone?.replace(/\s+/g, '');
    if (phone) body.phone = phone;
    return api.post('/api/people/persons/{id}/details', { path: { id: person.id }, body });
  };

  return (
    <FormModal<Values, { changed: boolean }>
      title={t('edit.detailsTitle', { name: person.name })}
      onClose={onClose}
      submit={submit}
      invalidate={[peopleKeys.all]}
      success={(r) => (r.changed ? t('edit.saved') : t('edit.unchanged'))}
      onError={markFields}
      initialValues={{ residence: person.residence as Residence, ethnicity: person.ethnicity ?? '', nationality: person.nationality ?? '' }}
      testId="person-details-form"
    >
      <Form.Item
        name="phone"
        label={t('person.phone')}
        extra={
          person.phoneMasked ? (
            <Typography.Text type="secondary" data-testid="person-details-phone-current">
              {t('edit.phoneCurrent', { phone: person.phoneMasked })}
            </Typography.Text>
          ) : (
            t('edit.phoneNone')
          )
        }
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || PHONE.test(v.replace(/\s+/g, '')) ? Promise.resolve() : Promise.reject(new Error(t('edit.phoneFormat'))),
          },
        ]}
      >
        <Input maxLength={20} inputMode="tel" autoComplete="off" placeholder={t('edit.phonePlaceholder')} data-testid="person-details-phone" />
      </Form.Item>
      <Form.Item name="residence" label={t('person.residence')} rules={[{ required: true }]}>
        <Select
          data-testid="person-details-residence"
          options={RESIDENCES.map((r) => ({ value: r, label: residenceTerms.label(r) }))}
          optionRender={(o) => <span data-testid={`person-details-residence-${o.value}`}>{o.label}</span>}
        />
      </Form.Item>
      <Form.Item name="ethnicity" label={t('person.ethnicity')}>
        <AutoComplete options={ETHNICITIES.map((e) => ({ value: e, label: locale === 'en' ? `${e} (${ethnicityTerms.label(e)})` : e }))}>
          <Input maxLength={20} data-testid="person-details-ethnicity" />
        </AutoComplete>
      </Form.Item>
      <Form.Item name="nationality" label={t('person.nationality')}>
        <Input maxLength={40} data-testid="person-details-nationality" />
      </Form.Item>
    </FormModal>
  );
}
