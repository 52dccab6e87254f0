import type { CSSProperties } from 'react';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { RemoteSelect } from '../../../shared/components/RemoteSelect';

/** Picks an operations grid within scope (GET /api/org/grids?q=); value is the grid id as a string (it lives in the URL). */
export function GridSelect({
  value,
  onChange,
  placeholder,
  testId,
  style,
}: {
  value: string;
  onChange: (id: string) => void;
  placeholder?: string;
  testId: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  return (
    <RemoteSelect
      path="/api/org/grids"
      value={value || null}
      onChange={(id) => onChange(id === null ? '' : String(id))}
      render={(g) => (g.code ? `${g.name}（${g.code}）` : g.name)}
      fetchOne={(id, signal) => api.get('/api/org/grids/{id}', { path: { id }, signal })}
      placeholder={placeholder ?? t('grid.placeholder')}
      testId={testId}
      style={style}
    />
  );
}
