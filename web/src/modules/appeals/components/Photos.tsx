import type { CSSProperties } from 'react';
import { Flex, Image, theme } from 'antd';
import { attachmentUrl } from '../api';
import type { Attachment } from '../types';

/** Photos of an order, served to whoever may read the order; a tap opens them full size. */
export function Photos({ items, size = 96, style, testId }: { items: Attachment[]; size?: number; style?: CSSProperties; testId?: string }) {
  const { token } = theme.useToken();
  const images = items.filter((a) => a.contentType.startsWith('image/'));
  const files = items.filter((a) => !a.contentType.startsWith('image/'));
  return (
    <Flex wrap gap={8} style={style} data-testid={testId} data-count={items.length}>
      <Image.PreviewGroup>
        {images.map((a) => (
          <Image
            key={a.id}
            src={attachmentUrl(a.id)}
            alt={a.fileName}
            width={size}
            height={size}
            style={{ objectFit: 'cover', borderRadius: token.borderRadius }}
            data-testid={`photo-${a.id}`}
          />
        ))}
      </Image.PreviewGroup>
      {files.map((a) => (
        <a key={a.id} href={attachmentUrl(a.id)} target="_blank" rel="noreferrer">
          {a.fileName}
        </a>
      ))}
    </Flex>
  );
}
