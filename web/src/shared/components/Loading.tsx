import { Flex, Spin } from 'antd';

/** A page or part of one that is loading: a large spinner, centred. */
export function Loading({ testId = 'loading' }: { testId?: string }) {
  return (
    <Flex justify="center" align="center" style={{ padding: 48 }} data-testid={testId}>
      <Spin size="large" />
    </Flex>
  );
}
