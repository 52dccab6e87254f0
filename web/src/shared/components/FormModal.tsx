import { useRef, useState, type ReactNode } from 'react';
import { Button, Drawer, Flex, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import type { QueryKey } from '@tanstack/react-query';
import { useI18n } from '../../app/i18n';
import { useApiMutation } from '../hooks/useApiMutation';
import { ErrorAlert } from './ErrorAlert';

/** A button that submits the form with values of its own (approve / reject). */
export interface FormAction<V> {
  key: string;
  label: ReactNode;
  values: Partial<V>;
  type?: ButtonProps['type'];
  danger?: boolean;
  icon?: ReactNode;
  testId: string;
}

export interface FormModalProps<V extends object, D> {
  /** Shown when true; a dialog mounted only while needed leaves it out. */
  open?: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The write: the form's values → the server's answer (a typed `api` call). */
  submit: (values: V) => Promise<D>;
  /** Queries the write makes stale. */
  invalidate?: readonly QueryKey[] | ((data: D, values: V) => readonly QueryKey[]);
  /** Said when it succeeds. */
  success?: string | ((data: D, values: V) => string | null);
  /** After success (the dialog closes itself, unless `result` shows the answer). */
  onSuccess?: (data: D, values: V) => void;
  /** A refusal may also mark fields (the alert shows it anyway). */
  onError?: (error: unknown, form: FormInstance<V>) => void;
  /** Shown instead of the form once the write succeeded (a revealed number): the dialog then has one close button. */
  result?: (data: D) => ReactNode;
  /** Above the form: what the user should know before submitting. */
  intro?: ReactNode;
  initialValues?: Partial<V>;
  okText?: ReactNode;
  danger?: boolean;
  okDisabled?: boolean;
  okIcon?: ReactNode;
  /** Buttons that each submit with values of their own, instead of the one OK button. */
  actions?: FormAction<V>[];
  width?: number;
  /** A drawer from the side instead of a centred dialog (long forms). */
  drawer?: boolean;
  /** The caller's own form instance, when it watches fields outside the dialog. */
  form?: FormInstance<V>;
  /**
   * Prefix of the test ids: `<testId>` (dialog), `<testId>-form`, `<testId>-submit`, `<testId>-error`,
   * `<testId>-cancel`, `<testId>-close`; `submitTestId` names the OK button otherwise.
   */
  testId: string;
  submitTestId?: string;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/**
 * The app's form dialog: a modal (or drawer) with a form, its submit through `useApiMutation` (busy while it runs,
 * queries refreshed and success said after), the server's refusal shown above the fields, test ids on each part.
 * Closing forgets the values and the error.
 */
export function FormModal<V extends object, D = unknown>(props: FormModalProps<V, D>) {
  const { t } = useI18n();
  const [own] = Form.useForm<V>();
  const form = props.form ?? own;
  const extra = useRef<Partial<V>>({});
  const [clicked, setClicked] = useState<string | null>(null);
  const mutation = useApiMutation<V, D>(props.submit, {
    invalidate: props.invalidate,
    success: props.success,
    onSuccess: (data, values) => {
      props.onSuccess?.(data, values);
      if (!props.result) props.onClose();
    },
  });
  const open = props.open ?? true;
  const done = mutation.isSuccess && !!props.result;
  const submitId = props.submitTestId ?? `${props.testId}-submit`;

  const finish = (values: V) => mutation.mutate({ ...values, ...extra.current }, { onError: (e) => props.onError?.(e, form) });
  const submitWith = (action: FormAction<V> | null) => {
    extra.current = action?.values ?? {};
    setClicked(action?.key ?? null);
    form.submit();
  };
  const reset = () => {
    mutation.reset();
    extra.current = {};
    setClicked(null);
  };

  const body = (
    <>
      {props.intro}
      {mutation.error ? <ErrorAlert error={mutation.error} testId={`${props.testId}-error`} /> : null}
      {done ? (
        <div data-testid={`${props.testId}-result`}>{props.result!(mutation.data as D)}</div>
      ) : (
        <Form<V>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={props.initialValues}
          onFinish={finish}
          disabled={mutation.isPending}
          data-testid={`${props.testId}-form`}
        >
          {typeof props.children === 'function' ? props.children(form) : props.children}
        </Form>
      )}
    </>
  );

  const cancel = (
    <Button onClick={props.onClose} data-testid={`${props.testId}-cancel`}>
      {t('common.cancel')}
    </Button>
  );
  const buttons = done ? (
    <Button type="primary" onClick={props.onClose} data-testid={`${props.testId}-close`}>
      {t('common.close')}
    </Button>
  ) : props.actions ? (
    <>
      {cancel}
      {props.actions.map((a) => (
        <Button
          key={a.key}
          type={a.type}
          danger={a.danger}
          icon={a.icon}
          loading={mutation.isPending && clicked === a.key}
          disabled={mutation.isPending && clicked !== a.key}
          onClick={() => submitWith(a)}
          data-testid={a.testId}
        >
          {a.label}
        </Button>
      ))}
    </>
  ) : (
    <>
      {cancel}
      <Button
        type="primary"
        danger={props.danger}
        icon={props.okIcon}
        loading={mutation.isPending}
        disabled={props.okDisabled}
        onClick={() => submitWith(null)}
        data-testid={submitId}
      >
        {props.okText ?? t('common.save')}
      </Button>
    </>
  );

  if (props.drawer) {
    return (
      <Drawer
        open={open}
        onClose={props.onClose}
        title={props.title}
        size={props.width ?? 480}
        destroyOnHidden
        afterOpenChange={(o) => !o && reset()}
        footer={
          <Flex justify="flex-end" gap={8}>
            {buttons}
          </Flex>
        }
        data-testid={props.testId}
      >
        {body}
      </Drawer>
    );
  }
  return (
    <Modal
      open={open}
      title={props.title}
      onCancel={props.onClose}
      width={props.width}
      destroyOnHidden
      afterClose={reset}
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          {buttons}
        </Flex>
      }
      data-testid={props.testId}
    >
      {body}
    </Modal>
  );
}
