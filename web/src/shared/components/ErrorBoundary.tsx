import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';

/** Catches render errors of one page so the layout and menu stay usable. */
export class ErrorBoundary extends Component<{ children: ReactNode; title: string; retryLabel: string; resetKey?: string }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page error', error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <Result
          status="error"
          title={this.props.title}
          subTitle={this.state.error.message}
          data-testid="page-error"
          extra={<Button onClick={() => this.setState({ error: null })}>{this.props.retryLabel}</Button>}
        />
      );
    }
    return this.props.children;
  }
}
