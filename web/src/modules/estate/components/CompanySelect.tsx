import { RemoteSelect } from '../../../shared/components/RemoteSelect';

/** Picks a company of the district register by name or credit code (a controlled antd form field). */
export function CompanySelect({
  value,
  onChange,
  initial,
  testId = 'company-select',
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  initial?: { id: number; name: string } | null;
  testId?: string;
}) {
  return (
    <RemoteSelect
      path="/api/estate/companies"
      value={value}
      onChange={(id) => onChange?.(id === null ? undefined : Number(id))}
      render={(c) => (
        <span>
          {c.name} {c.creditCode && <span style={{ opacity: 0.55, fontSize: '0.85em', fontFamily: 'monospace' }}>{c.creditCode}</span>}
        </span>
      )}
      text={(c) => c.name}
      // Its name is enough to show the current company before any search.
      initial={initial ? ({ ...initial, creditCode: '' } as never) : null}
      allowClear={false}
      testId={testId}
    />
  );
}
