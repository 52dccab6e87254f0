import { Divider, Form, Input } from 'antd';
import { api } from '../../../app/api/client';
import { FormModal } from '../../../shared/components/FormModal';
import { accountsKeys, meetsPolicy } from '../api';
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
  return (
    <FormModal<Values, User>
      drawer
      open={open}
      onClose={onClose}
      title={t('users.create')}
      submit={(v) =>
        api.post('/api/accounts/users', {
          body: { username: v.username.trim(), displayName: v.displayName.trim(), initialPassword: v.initialPassword, position: positionBody(v.position) },
        })
      }
      invalidate={[accountsKeys.all]}
      success={(u) => t('users.created', { name: u.displayName })}
      onSuccess={onCreated}
      okText={t('common.create')}
      testId="user-form"
      submitTestId="user-create-submit"
    >
      {(form) => (
        <>
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
                validator: (_, v: string | undefined) => (!v || meetsPolicy(v) ? Promise.resolve() : Promise.reject(new Error(t('users.passwordPolicy')))),
              },
            ]}
          >
            <PasswordInput testId="user-form-password" />
          </Form.Item>
          <Divider titlePlacement="start" plain>
            {t('position.firstPosition')}
          </Divider>
          <PositionFields form={form} prefix={['position']} />
        </>
      )}
    </FormModal>
  );
}
