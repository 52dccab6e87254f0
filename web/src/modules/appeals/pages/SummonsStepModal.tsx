import { Button, DatePicker, Form, Input, Radio, Rate } from 'antd';
import { FormModal } from '../../../shared/components/FormModal';
import { dayjs, inZone, nowInZone, todayInZone, zoneInstant } from '../../../shared/format';
import { takeSummonsStep, useInvalidateAppeals } from '../api';
import { useSummonsT } from '../i18n';
import type { SummonsDetail, SummonsStep } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

interface Values {
  note?: string;
  meetingAt?: ReturnType<typeof dayjs>;
  meetingPlace?: string;
  resolved?: boolean;
  result?: string;
  committeeRating?: number;
  residentsRating?: number;
}

/** The meeting time is picked in quarter hours. */
const MINUTE_STEP = 15;

/** The form of one step of a summons, in a modal; the server's refusal shows inside it in the user's language. */
export function SummonsStepModal({ summons, step, onClose }: { summons: SummonsDetail; step: SummonsStep; onClose: () => void }) {
  const t = useSummonsT();
  const invalidate = useInvalidateAppeals();
  const stepName = useVocabulary('appeals.summonsStep').label(step);
  const meeting = step === 'schedule' || step === 'meet';
  const [form] = Form.useForm<Values>();

  // A quarter hour picked (or "now", rounded down to one) may start before the invitation was sent within it: the
  // meeting is then recorded at the invitation's time rather than refused as earlier than the invitation.
  const meetingTime = (at: ReturnType<typeof dayjs>) => {
    const invited = dayjs(summons.invitedAt);
    return at.isBefore(invited) && invited.diff(at, 'minute', true) < MINUTE_STEP ? invited : at;
  };

  const submit = (v: Values) =>
    takeSummonsStep(summons.id, step, {
      note: v.note?.trim() || null,
      ...(meeting ? { meetingAt: meetingTime(dayjs(zoneInstant(v.meetingAt!))).toISOString(), meetingPlace: v.meetingPlace!.trim() } : {}),
      ...(step === 'report' ? { resolved: v.resolved, result: v.result!.trim() } : {}),
      ...(step === 'evaluate' ? { committeeRating: v.committeeRating, residentsRating: v.residentsRating || null } : {}),
    });

  // Recording a meeting starts from the one that was scheduled.
  const initial: Values = meeting && summons.meetingAt ? { meetingAt: inZone(summons.meetingAt), meetingPlace: summons.meetingPlace ?? undefined } : {};
  const noteField =
    step === 'decline'
      ? { label: t('summons.step.reason'), rules: [{ required: true, whitespace: true, message: t('summons.step.reasonRequired') }] }
      : step === 'meet'
        ? { label: t('summons.step.meetingNote'), rules: [] }
        : step === 'evaluate'
          ? { label: t('summons.step.evaluationNote'), rules: [] }
          : step === 'report'
            ? null
            : { label: t('summons.step.note'), rules: [] };

  return (
    <FormModal<Values>
      form={form}
      title={`${stepName} · #${summons.id} ${summons.subject}`}
      onClose={onClose}
      okText={stepName}
      danger={step === 'decline'}
      submit={submit}
      success={t('summons.stepDone', { step: stepName })}
      onSuccess={() => void invalidate()}
      initialValues={initial}
      testId={`summons-modal-${step}`}
      submitTestId={`summons-submit-${step}`}
    >
      {meeting && (
        <>
          <Form.Item name="meetingAt" label={t('summons.step.meetingAt')} rules={[{ required: true, message: t('summons.step.meetingAtRequired') }]}>
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: MINUTE_STEP }}
              format="YYYY-MM-DD HH:mm"
              // The picker's own "now" is the browser's clock; the district's wall clock is what the form reads.
              showNow={false}
              renderExtraFooter={() =>
                step === 'meet' ? (
                  <Button type="link" size="small" onClick={() => form.setFieldValue('meetingAt', nowInZone())} data-testid="summons-meeting-now">
                    {t('summons.step.now')}
                  </Button>
                ) : null
              }
              disabledDate={(d) =>
                d.format('YYYY-MM-DD') < inZone(summons.invitedAt).format('YYYY-MM-DD') || (step === 'meet' && d.format('YYYY-MM-DD') > todayInZone())
              }
              data-testid="summons-meeting-at"
            />
          </Form.Item>
          <Form.Item
            name="meetingPlace"
            label={t('summons.step.meetingPlace')}
            rules={[{ required: true, whitespace: true, message: t('summons.step.meetingPlaceRequired') }]}
          >
            <Input maxLength={200} data-testid="summons-meeting-place" />
          </Form.Item>
        </>
      )}
      {step === 'report' && (
        <>
          <Form.Item name="resolved" label={t('summons.step.outcome')} rules={[{ required: true, message: t('summons.step.outcomeRequired') }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: true, label: <span data-testid="summons-solved">{t('summons.step.solved')}</span> },
                { value: false, label: <span data-testid="summons-not-solved">{t('summons.step.notSolved')}</span> },
              ]}
            />
          </Form.Item>
          <Form.Item name="result" label={t('summons.step.result')} rules={[{ required: true, whitespace: true, message: t('summons.step.resultRequired') }]}>
            <Input.TextArea rows={4} maxLength={4000} showCount data-testid="summons-result" />
          </Form.Item>
        </>
      )}
      {step === 'evaluate' && (
        <>
          <Form.Item
            name="committeeRating"
            label={t('summons.step.committeeRating')}
            rules={[{ required: true, message: t('summons.step.committeeRatingRequired') }]}
          >
            <Rate data-testid="summons-committee-rating" />
          </Form.Item>
          <Form.Item name="residentsRating" label={t('summons.step.residentsRating')}>
            <Rate allowClear data-testid="summons-residents-rating" />
          </Form.Item>
        </>
      )}
      {noteField && (
        <Form.Item name="note" label={noteField.label} rules={noteField.rules}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder={step === 'decline' ? undefined : t('summons.step.notePlaceholder')}
            data-testid="summons-note"
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
