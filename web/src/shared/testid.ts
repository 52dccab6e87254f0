import type { ButtonProps } from 'antd';

/**
 * A `data-testid` for button props passed as objects (Modal okButtonProps, Popconfirm okButtonProps),
 * where TypeScript does not accept `data-*` keys the way JSX does.
 */
export function buttonTestId(id: string): ButtonProps {
  return { 'data-testid': id } as unknown as ButtonProps;
}
