import type { ReactNode } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useInteropT } from '../i18n';

/**
 * Copies text: the Clipboard API where the page may use it, else the older selection command (plain http on a
 * LAN address is not a secure context). False when neither worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* denied: try the selection below */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * A secret the server shows once (an Open311 api_key, a partner's shared secret): a warning that it will not be
 * shown again, the value selectable in full, a copy button, and an explicit close.
 */
export function ShownOnce({ title, value, hint, onClose, testId }: { title: ReactNode; value: string; hint?: ReactNode; onClose: () => void; testId: string }) {
  const t = useInteropT();
  const { message } = App.useApp();
  const copy = async () => {
    if (await copyText(value)) message.success(t('interop.copied'));
    else message.warning(t('interop.copyFailed'));
  };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      width={600}
      footer={
        <Button type="primary" onClick={onClose} data-testid={`${testId}-close`}>
          {t('interop.savedClose')}
        </Button>
      }
      data-testid={testId}
    >
      <Alert type="warning" showIcon title={t('interop.shownOnce')} style={{ marginBottom: 16 }} data-testid={`${testId}-warning`} />
      <Flex gap={8} align="start">
        <Input.TextArea
          readOnly
          value={value}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onFocus={(e) => e.target.select()}
          style={{ fontFamily: 'monospace', fontSize: 15 }}
          data-testid={`${testId}-value`}
        />
        <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid={`${testId}-copy`}>
          {t('interop.copy')}
        </Button>
      </Flex>
      {hint ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {hint}
        </Typography.Paragraph>
      ) : null}
    </Modal>
  );
}
