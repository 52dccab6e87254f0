import { useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { FormModal } from '../../../shared/components/FormModal';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { takeStep, useDuplicates, useInvalidateAppeals } from '../api';
import { useAppealsT } from '../i18n';
import { sendPhotos, type PickedPhoto } from '../photo';
import { RATINGS, type ActionStep, type HandlerRef, type OrderDetail, type Rating } from '../types';
import { HandlerPicker } from './HandlerPicker';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { PhotoInput } from './PhotoInput';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** What each step asks for. `note`: optional, a required reason, or the required result of the work. */
const FORMS: Record<
  ActionStep,
  { note: 'optional' | 'reason' | 'result'; handler?: boolean; days?: boolean; rating?: boolean; into?: boolean; photos?: boolean; unit?: boolean }
> = {
  place: { note: 'optional', unit: true },
  dispatch: { note: 'optional', handler: true },
  transfer: { note: 'reason', handler: true },
  accept: { note: 'optional' },
  return: { note: 'reason' },
  start: { note: 'optional' },
  request_extension: { note: 'reason', days: true },
  approve_extension: { note: 'optional' },
  reject_extension: { note: 'reason' },
  suspend: { note: 'reason' },
  resume: { note: 'optional' },
  resolve: { note: 'result', photos: true },
  rate: { note: 'optional', rating: true },
  reopen: { note: 'reason' },
  close: { note: 'optional' },
  supervise: { note: 'optional' },
  merge: { note: 'optional', into: true },
  invalidate: { note: 'reason' },
};

/** Steps whose note the handler may publish (the server's PUBLISHABLE_NOTE_STEPS); never public unless ticked. */
const PUBLISHABLE: readonly ActionStep[] = ['suspend', 'resolve', 'close', 'merge', 'invalidate'];

const PRIMARY: readonly ActionStep[] = ['dispatch', 'accept', 'start', 'resolve', 'approve_extension', 'rate'];
const DANGER: readonly ActionStep[] = ['return', 'invalidate', 'reject_extension', 'reopen'];

interface Values {
  note?: string;
  notePublic?: boolean;
  handler?: HandlerRef | null;
  days?: number;
  rating?: Rating;
  into?: number;
  photos?: PickedPhoto[];
  unitId?: number;
}

/** The form of one step, in a modal; the server's refusal (already in the user's language) shows inside it. */
function StepModal({ order, step, onClose, initialInto }: { order: OrderDetail; step: ActionStep; onClose: () => void; initialInto?: number }) {
  const t = useAppealsT();
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const orderStepTerms = useVocabulary('appeals.orderStep');
  const ratingTerms = useVocabulary('appeals.rating');
  const { message } = App.useApp();
  const invalidate = useInvalidateAppeals();
  const [form] = Form.useForm<Values>();
  const spec = FORMS[step];
  const duplicates = useDuplicates(String(order.id), !!spec.into);
  const stepName = orderStepTerms.label(step);

  const submit = async (v: Values) => {
    const reply = await takeStep(order.id, step, {
      note: v.note?.trim() || null,
      ...(PUBLISHABLE.includes(step) && v.notePublic ? { notePublic: true } : {}),
      ...(spec.handler && v.handler ? { handler: v.handler } : {}),
      ...(spec.days ? { days: v.days } : {}),
      ...(spec.rating ? { rating: v.rating } : {}),
      ...(spec.into ? { into: v.into } : {}),
      ...(spec.unit ? { unitId: v.unitId } : {}),
    });
    if (spec.photos && v.photos?.length) {
      const sent = await sendPhotos(order.id, 'after', v.photos);
      if (sent.failed.length) message.warning(`${t('order.addPhotos')}: ${(sent.error as Error)?.message ?? ''}`);
    }
    return reply;
  };

  const noteRules =
    spec.note === 'reason'
      ? [{ required: true, whitespace: true, message: t('action.reasonRequired') }]
      : spec.note === 'result'
        ? [{ required: true, whitespace: true, message: t('action.resultRequired') }]
        : [];
  const noteLabel = spec.note === 'reason' ? t('action.reason') : spec.note === 'result' ? t('action.result') : t('action.note');
  const notePlaceholder =
    step === 'resolve'
      ? t('action.resultPlaceholder')
      : step === 'supervise'
        ? t('action.supervisePlaceholder')
        : step === 'reopen'
          ? t('action.reopenPlaceholder')
          : undefined;

  return (
    <FormModal<Values>
      title={`${stepName} · #${order.id}`}
      onClose={onClose}
      okText={stepName}
      danger={DANGER.includes(step)}
      submit={submit}
      success={t('action.done', { step: stepName })}
      onSuccess={() => void invalidate()}
      form={form}
      initialValues={{ into: initialInto }}
      testId={`step-modal-${step}`}
      submitTestId={`step-submit-${step}`}
      intro={
        (step === 'approve_extension' || step === 'reject_extension') && order.extension ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('action.extensionPending', { days: order.extension.days, reason: order.extension.reason })}
            description={formatTime(order.extension.requestedAt)}
          />
        ) : null
      }
    >
      {spec.unit && (
        <Form.Item name="unitId" label={t('action.placeUnit')} rules={[{ required: true, message: t('action.placeUnitRequired') }]}>
          <UnitPicker type={['street', 'committee', 'compound']} testId="step-unit" />
        </Form.Item>
      )}
      {spec.handler && (
        <Form.Item name="handler" label={t('action.handler')} rules={[{ required: true, message: t('action.handlerRequired') }]}>
          <HandlerPicker streetName={order.streetName} categoryCode={order.categoryCode} testId="step-handler" />
        </Form.Item>
      )}
      {spec.days && (
        <Form.Item name="days" label={t('action.days')} rules={[{ required: true, type: 'integer', min: 1, max: 60, message: t('action.daysRequired') }]}>
          <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} data-testid="step-days" />
        </Form.Item>
      )}
      {spec.rating && (
        <Form.Item name="rating" label={t('action.rating')} rules={[{ required: true, message: t('action.ratingRequired') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={RATINGS.map((r) => ({ value: r, label: <span data-testid={`step-rating-${r}`}>{ratingTerms.label(r)}</span> }))}
          />
        </Form.Item>
      )}
      {spec.into && (
        <>
          <Form.Item name="into" label={t('action.into')} rules={[{ required: true, message: t('action.intoRequired') }]}>
            <InputNumber min={1} precision={0} style={{ width: 200 }} placeholder={t('action.intoPlaceholder')} prefix="#" data-testid="step-into" />
          </Form.Item>
          <Flex vertical gap={4} style={{ marginBottom: 16 }}>
            {(duplicates.data?.items ?? []).map((d) => (
              <Button
                key={d.id}
                size="small"
                style={{ textAlign: 'start', justifyContent: 'flex-start' }}
                onClick={() => form.setFieldValue('into', d.id)}
                data-testid={`step-into-${d.id}`}
              >
                #{d.id} {d.title} · {orderStatusTerms.label(d.status)} · {t('order.similarity', { score: d.score })}
              </Button>
            ))}
          </Flex>
        </>
      )}
      <Form.Item name="note" label={noteLabel} rules={noteRules}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={notePlaceholder} data-testid="step-note" />
      </Form.Item>
      {PUBLISHABLE.includes(step) && (
        <Form.Item name="notePublic" valuePropName="checked" extra={t('action.notePublicHint')}>
          <Checkbox data-testid="step-note-public">{t('action.notePublic')}</Checkbox>
        </Form.Item>
      )}
      {spec.photos && (
        <Form.Item name="photos" label={t('action.afterPhotos')} valuePropName="value">
          <PhotoInput testId="step-photos" />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** The reporter's rating, right on the page: three big choices, a note, one tap to send. */
function RateCard({ order }: { order: OrderDetail }) {
  const t = useAppealsT();
  const orderStepTerms = useVocabulary('appeals.orderStep');
  const ratingTerms = useVocabulary('appeals.rating');
  const invalidate = useInvalidateAppeals();
  const [rating, setRating] = useState<Rating | null>(null);
  const [note, setNote] = useState('');
  const rate = useApiMutation((r: Rating) => takeStep(order.id, 'rate', { rating: r, note: note.trim() || null }), {
    success: t('action.done', { step: orderStepTerms.label('rate') }),
    onSuccess: () => void invalidate(),
  });
  const error = rate.error;
  return (
    <div data-testid="rate-card" style={{ marginBottom: 12 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('order.rateTitle')}
      </Typography.Text>
      {error ? <ErrorAlert error={error} testId="rate-error" /> : null}
      <Radio.Group
        value={rating}
        onChange={(e) => setRating(e.target.value as Rating)}
        optionType="button"
        buttonStyle="solid"
        size="large"
        style={{ display: 'flex', marginBottom: 8 }}
        options={RATINGS.map((r) => ({
          value: r,
          label: <span data-testid={`rate-${r}`}>{ratingTerms.label(r)}</span>,
          style: { flex: 1, textAlign: 'center' },
        }))}
      />
      <Input.TextArea
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('action.note')}
        style={{ marginBottom: 8 }}
        data-testid="rate-note"
      />
      <Button
        type="primary"
        size="large"
        block
        disabled={!rating}
        loading={rate.isPending}
        onClick={() => rating && rate.mutate(rating)}
        data-testid="rate-submit"
      >
        {orderStepTerms.label('rate')}
      </Button>
    </div>
  );
}

/**
 * The steps this reader may take on this order, exactly those the server lists in `actions`; each opens the
 * inputs it needs. A reporter rates on the page itself.
 */
export function StepActions({ order, mergeInto, onMergeHandled }: { order: OrderDetail; mergeInto?: number | null; onMergeHandled?: () => void }) {
  const t = useAppealsT();
  const orderStepTerms = useVocabulary('appeals.orderStep');
  const [open, setOpen] = useState<ActionStep | null>(null);
  const current = mergeInto ? 'merge' : open;
  // The server lists the steps of its machine (the schema types them as strings).
  const buttons = (order.actions as ActionStep[]).filter((a) => a !== 'rate');
  const close = () => {
    setOpen(null);
    onMergeHandled?.();
  };
  if (order.actions.length === 0) return null;
  return (
    <div data-testid="step-actions" data-actions={order.actions.join(',')}>
      {order.actions.includes('rate') && <RateCard order={order} />}
      {order.actions.includes('reopen') && order.as.includes('reporter') && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t('order.reopenHint')}
        </Typography.Text>
      )}
      <Flex wrap gap={8}>
        {buttons.map((a) => (
          <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => setOpen(a)} data-testid={`step-${a}`}>
            {orderStepTerms.label(a)}
          </Button>
        ))}
      </Flex>
      {current && <StepModal key={current} order={order} step={current} onClose={close} initialInto={mergeInto ?? undefined} />}
    </div>
  );
}
