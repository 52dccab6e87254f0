import { useMemo } from 'react';
import { RemoteSelect } from '../../../shared/components/RemoteSelect';

/** Picks a resident of one compound from the residents list (people module), by name or pinyin. */
export function ResidentSelect({
  compoundId,
  value,
  onChange,
  onPicked,
  placeholder,
  testId = 'resident-select',
}: {
  compoundId: number;
  value?: number | null;
  onChange?: (id: number | null) => void;
  onPicked?: (resident: { id: number; name: string } | null) => void;
  placeholder?: string;
  testId?: string;
}) {
  const query = useMemo(() => ({ unitId: compoundId }), [compoundId]);
  return (
    <RemoteSelect
      path="/api/people/persons"
      query={query}
      value={value}
      onChange={(id, p) => {
        onChange?.(id === null ? null : Number(id));
        onPicked?.(p ? { id: p.id, name: p.name } : null);
      }}
      render={(p) => (
        <span>
          {p.name}{' '}
          <span style={{ opacity: 0.55, fontSize: '0.85em' }}>
            {p.address?.text ?? ''} {p.docMasked}
          </span>
        </span>
      )}
      text={(p) => p.name}
      placeholder={placeholder}
      testId={testId}
    />
  );
}
