import { useEffect, useRef } from 'react';
import { Button, Flex, Image, theme } from 'antd';
import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { useAppealsT } from '../i18n';
import { MAX_PHOTOS, type PickedPhoto } from '../photo';

let counter = 0;

/**
 * Photos taken or chosen on the device, shown as thumbnails before they are sent. The browser offers the
 * camera and the gallery for an image file input; nothing is uploaded until the form is submitted.
 */
export function PhotoInput({
  value = [],
  onChange,
  max = MAX_PHOTOS,
  testId = 'photo-input',
  disabled,
}: {
  value?: PickedPhoto[];
  onChange?: (v: PickedPhoto[]) => void;
  max?: number;
  testId?: string;
  disabled?: boolean;
}) {
  const t = useAppealsT();
  const { token } = theme.useToken();
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(value);
  latest.current = value;
  // Previews are object URLs: free them when the component goes away.
  useEffect(() => () => latest.current.forEach((p) => URL.revokeObjectURL(p.preview)), []);

  const add = (files: FileList | null) => {
    if (!files) return;
    const room = Math.max(0, max - value.length);
    const picked = Array.from(files)
      .filter((f) => f.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|heic|heif)$/i.test(f.name))
      .slice(0, room)
      .map((file) => ({ key: `p${++counter}`, file, preview: URL.createObjectURL(file) }));
    onChange?.([...value, ...picked]);
  };
  const remove = (key: string) => {
    const gone = value.find((p) => p.key === key);
    if (gone) URL.revokeObjectURL(gone.preview);
    onChange?.(value.filter((p) => p.key !== key));
  };
  const size = 84;
  return (
    <Flex wrap gap={8} data-testid={testId} data-count={value.length}>
      <Image.PreviewGroup>
        {value.map((p) => (
          <div key={p.key} style={{ position: 'relative', width: size, height: size }}>
            <Image src={p.preview} width={size} height={size} style={{ objectFit: 'cover', borderRadius: token.borderRadius }} alt={p.file.name} />
            <Button
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t('report.removePhoto')}
              onClick={() => remove(p.key)}
              style={{ position: 'absolute', top: -6, right: -6 }}
              disabled={disabled}
            />
          </div>
        ))}
      </Image.PreviewGroup>
      {value.length < max && (
        <Button
          onClick={() => input.current?.click()}
          disabled={disabled}
          style={{
            width: size,
            height: size,
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            gap: 4,
            whiteSpace: 'normal',
            padding: 4,
            fontSize: '0.8em',
          }}
          data-testid={`${testId}-add`}
        >
          <CameraOutlined style={{ fontSize: 22 }} />
          {t('report.addPhoto')}
        </Button>
      )}
      <input
        ref={input}
        type="file"
        accept="image/*"
        multiple
        style={{ display: 'none' }}
        data-testid={`${testId}-file`}
        onChange={(e) => {
          add(e.target.files);
          e.target.value = '';
        }}
      />
    </Flex>
  );
}
