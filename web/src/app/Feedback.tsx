import type { ReactNode } from 'react';
import { App } from 'antd';

/**
 * antd's <App>: the context for toasts, notices and confirm dialogs (App.useApp) and its base text style. Loaded
 * with the pages behind the login rather than with the login form: the dialogs and notices are a good part of antd.
 */
export default function Feedback({ children }: { children: ReactNode }) {
  return <App>{children}</App>;
}
