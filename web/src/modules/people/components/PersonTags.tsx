import { Flex, Tag, Tooltip } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useI18n } from '../../../app/i18n';
import { usePeopleT } from '../i18n';
import type { TagRef } from '../types';

/** A person's tags as chips; sensitive ones (health, assistance, correction) carry a lock. */
export function PersonTags({ tags, max, testId }: { tags: TagRef[]; max?: number; testId?: string }) {
  const { label } = useI18n();
  const t = usePeopleT();
  if (!tags.length) return <span data-testid={testId}>—</span>;
  const shown = max && tags.length > max ? tags.slice(0, max) : tags;
  const rest = tags.length - shown.length;
  return (
    <Flex wrap gap={4} data-testid={testId}>
      {shown.map((tg) => (
        <Tag
          key={tg.code}
          color={tg.sensitive ? 'orange' : 'blue'}
          icon={tg.sensitive ? <LockOutlined /> : undefined}
          style={{ marginInlineEnd: 0 }}
          data-testid={`tag-${tg.code}`}
          title={tg.sensitive ? t('tags.sensitiveHint') : undefined}
        >
          {label(tg.name)}
        </Tag>
      ))}
      {rest > 0 && (
        <Tooltip
          title={tags
            .slice(shown.length)
            .map((x) => label(x.name))
            .join('、')}
        >
          <Tag style={{ marginInlineEnd: 0 }}>+{rest}</Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
