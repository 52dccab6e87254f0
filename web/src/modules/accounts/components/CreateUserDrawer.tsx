import { useState } from 'react';
import { App, Button, Divider, Drawer, Flex, Form, Input } from 'antd';
import { api } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { meetsPolicy } from '../api';
import { useAccountsT } from '../i18n';
import type { PositionInput, User } from '../types';
import { PasswordInput } from './PasswordInput';
import { PositionFields, positionBody } from './PositionFields';

interface Values {
  username: string;
  displayName: string;
  initialPassword: string;
  position: PositionInput;
}

/** POST /api/accounts/users: a new user with a first position and an initial password. */
export function CreateUserDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (u: User) => void }) {
  const t = useAccountsT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const u = await api.post<User>('/api/accounts/users', {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        initialPassword: v.initialPassword,
        position: positionBody(v.position),
      });
      message.success(t('users.created', { name: u.displayName }));
      onCreated(u);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('users.create')}
      size={480}
      destroyOnHidden
      afterOpenChange={(o) => !o && setError(null)}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="user-create-submit">
            {t('common.create')}
          </Button>
        </Flex>
      }
    >
      {error ? <ErrorAlert error={error} testId="user-form-error" /> : null}
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit} data-testid="user-create-form">
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            { required: true, message: t('common.required', { field: t('users.username') }) },
            { pattern: /^[A-Za-z0-9._-]{3,64}$/, message: t('users.usernamePattern') },
          ]}
        >
          <Input data-testid="user-form-username" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.displayName') }) }]}
        >
          <Input data-testid="user-form-display-name" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="initialPassword"
          label={t('users.initialPassword')}
          extra={t('users.initialPasswordHint')}
          rules={[
            { required: true, message: t('common.required', { field: t('users.initialPassword') }) },
            {
              validator: (_, v: string | undefined) =>
                !v || meetsPolicy(v) ? Promise.resolve() : Promise.reject(new Error(t('users.passwordPolicy'))),
            },
          ]}
        >
          <PasswordInput testId="user-form-password" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('position.firstPosition')}
        </Divider>
        <PositionFields form={form} prefix={['position']} />
      </Form>
    </Drawer>
  );
}
