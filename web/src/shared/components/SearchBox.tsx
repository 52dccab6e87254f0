import { useEffect, useState, type CSSProperties } from 'react';
import { Button, Input, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';

/**
 * A search input with a button. Searches on Enter, on the button, and when cleared.
 * The test id is on the <input> itself (`testId`), the button is `${testId}-submit`.
 */
export function SearchBox({
  value = '',
  onSearch,
  placeholder,
  testId,
  style,
}: {
  value?: string;
  onSearch: (q: string) => void;
  placeholder?: string;
  testId: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <Space.Compact style={{ width: '100%', ...style }}>
      <Input
        allowClear
        value={text}
        placeholder={placeholder ?? t('common.searchPlaceholder')}
        aria-label={placeholder ?? t('common.search')}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value && value) onSearch('');
        }}
        onPressEnter={() => onSearch(text.trim())}
      />
      <Button type="primary" icon={<SearchOutlined />} aria-label={t('common.search')} data-testid={`${testId}-submit`} onClick={() => onSearch(text.trim())} />
    </Space.Compact>
  );
}
