import { useEffect, useState, type CSSProperties } from 'react';
import { InputNumber } from 'antd';

/** A number filter that commits on Enter or blur (not on every keystroke), so the list is not refetched per digit. */
export function NumberFilter({
  value,
  onCommit,
  min,
  max,
  placeholder,
  testId,
  style,
  ariaLabel,
}: {
  value: string;
  onCommit: (v: number | null) => void;
  min?: number;
  max?: number;
  placeholder?: string;
  testId: string;
  style?: CSSProperties;
  ariaLabel?: string;
}) {
  const parsed = value === '' ? null : Number(value);
  const [v, setV] = useState<number | null>(Number.isFinite(parsed) ? parsed : null);
  useEffect(() => setV(value === '' ? null : Number(value)), [value]);
  const commit = () => {
    const next = v === null || v === undefined ? null : Math.trunc(v);
    if ((next === null ? '' : String(next)) !== value) onCommit(next);
  };
  return (
    <InputNumber<number>
      value={v}
      min={min}
      max={max}
      precision={0}
      placeholder={placeholder}
      aria-label={ariaLabel ?? placeholder}
      data-testid={testId}
      style={style}
      onChange={(x) => setV(x ?? null)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}
