import type { ReactNode } from 'react';
import { Button, Popconfirm, type ButtonProps } from 'antd';
import { useI18n } from '../../app/i18n';
import { buttonTestId } from '../testid';

/**
 * A button that asks first (Popconfirm), then runs an action, usually a `useApiMutation` with
 * `errorAs: 'message'`: `onConfirm={() => end.mutateAsync(p)}` and `loading={end.isPending && end.variables === p}`.
 * The confirmation's OK button is `confirmTestId` (default `<testId>-confirm`).
 */
export function ConfirmButton({
  title,
  description,
  okText,
  onConfirm,
  testId,
  confirmTestId,
  children,
  danger,
  ...button
}: Omit<ButtonProps, 'onClick' | 'title'> & {
  title: ReactNode;
  description?: ReactNode;
  okText?: ReactNode;
  /** Its rejection is left to the action (a toast); the confirmation closes either way. */
  onConfirm: () => Promise<unknown> | void;
  testId: string;
  confirmTestId?: string;
}) {
  const { t } = useI18n();
  return (
    <Popconfirm
      title={title}
      description={description ? <div style={{ maxWidth: 320 }}>{description}</div> : undefined}
      okText={okText ?? t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...buttonTestId(confirmTestId ?? `${testId}-confirm`), danger }}
      onConfirm={() =>
        Promise.resolve(onConfirm()).then(
          () => undefined,
          () => undefined,
        )
      }
    >
      <Button danger={danger} {...button} data-testid={testId}>
        {children}
      </Button>
    </Popconfirm>
  );
}
