import { useEffect, useState } from 'react';
import { Button, Flex, Input, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import type { ApiBody } from '../../../app/api/types';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatTime } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import type { LatLng } from '../../../shared/map/coords';
import { TerritoryMap } from '../../../shared/map/TerritoryMap';
import { useOrgT } from '../i18n';
import type { UnitDetail } from '../types';

type Boundary = NonNullable<ApiBody<'/api/org/units/{id}/location'>['boundary']>;

/** Units that go on the map: a house's point would say where a resident lives. */
export const PLACEABLE_TYPES: readonly string[] = ['district', 'street', 'committee', 'compound', 'building'];

/**
 * Where the unit is on the district's map. Those who maintain the territory click the map to set its point and
 * may paste its surveyed boundary (GeoJSON Polygon or MultiPolygon, WGS-84); the server checks both.
 */
export function UnitMapTab({ unit }: { unit: UnitDetail }) {
  const t = useOrgT();
  const editable = !!unit.can?.rename && !unit.retiredAt;
  const key = ['org', 'unit-location', unit.id] as const;
  const q = useQuery({ queryKey: key, queryFn: ({ signal }) => api.get('/api/org/units/{id}/location', { path: { id: unit.id }, signal }) });
  const [point, setPoint] = useState<LatLng | null>(null);
  const [boundaryText, setBoundaryText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    setPoint(q.data ? { lat: q.data.lat, lng: q.data.lng } : null);
    setBoundaryText(q.data?.boundary ? JSON.stringify(q.data.boundary) : '');
  }, [q.data]);
  const save = useApiMutation(
    (v: { point: LatLng; boundary: Boundary | null }) =>
      api.post('/api/org/units/{id}/location', { path: { id: unit.id }, body: { lat: v.point.lat, lng: v.point.lng, boundary: v.boundary } }),
    { invalidate: [key, ['org', 'map']], success: t('map.saved') },
  );
  const submit = () => {
    if (!point) return;
    let boundary: Boundary | null = null;
    if (boundaryText.trim()) {
      try {
        boundary = JSON.parse(boundaryText) as Boundary;
      } catch {
        setParseError(t('map.boundaryNotJson'));
        return;
      }
    }
    setParseError(null);
    save.mutate({ point, boundary });
  };
  const changed =
    point !== null &&
    (!q.data || point.lat !== q.data.lat || point.lng !== q.data.lng || boundaryText !== (q.data.boundary ? JSON.stringify(q.data.boundary) : ''));

  return (
    <Flex vertical gap={8} data-testid="unit-map">
      {q.error ? <ErrorAlert error={q.error} /> : null}
      <Typography.Text type="secondary" data-testid="unit-map-state">
        {q.data ? t('map.placedAt', { lat: q.data.lat, lng: q.data.lng, at: formatTime(q.data.updatedAt) }) : t('map.notPlaced')}
        {editable ? ` ${t('map.clickToPlace')}` : ''}
      </Typography.Text>
      <TerritoryMap
        picked={point}
        onPick={editable ? setPoint : undefined}
        focus={q.data ? { lat: q.data.lat, lng: q.data.lng } : null}
        height={380}
        testId="unit-map-view"
      />
      {editable && (
        <>
          <Input.TextArea
            rows={3}
            value={boundaryText}
            onChange={(e) => setBoundaryText(e.target.value)}
            placeholder={t('map.boundaryPlaceholder')}
            aria-label={t('map.boundaryLabel')}
            data-testid="unit-map-boundary"
          />
          {parseError ? <Typography.Text type="danger">{parseError}</Typography.Text> : null}
          {save.error ? <ErrorAlert error={save.error} testId="unit-map-error" /> : null}
          <Flex gap={8}>
            <Button type="primary" disabled={!changed} loading={save.isPending} onClick={submit} data-testid="unit-map-save">
              {t('map.save')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}
