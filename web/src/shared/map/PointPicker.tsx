import { useMemo, useState } from 'react';
import { AutoComplete, Flex } from 'antd';
import type { LatLng } from './coords';
import { TerritoryMap } from './TerritoryMap';
import { useMapPickT } from './map-pick.i18n';
import { useTerritoryMap } from './useTerritoryMap';

/**
 * Where something is: a click on the district's map, or a compound, committee or street found by name (the map
 * then centres on it). The value is a WGS-84 point.
 */
export function PointPicker({
  value,
  onChange,
  height = 280,
  testId = 'point-picker',
}: {
  value: LatLng | null;
  onChange: (p: LatLng) => void;
  height?: number;
  testId?: string;
}) {
  const t = useMapPickT();
  const map = useTerritoryMap();
  const [text, setText] = useState('');
  const [focus, setFocus] = useState<LatLng | null>(null);
  const places = useMemo(() => (map.data?.units ?? []).filter((u) => u.type !== 'district'), [map.data]);
  const options = useMemo(() => {
    const q = text.trim();
    if (!q) return [];
    return places
      .filter((u) => u.name.includes(q))
      .slice(0, 20)
      .map((u) => ({ value: String(u.id), label: u.name }));
  }, [places, text]);
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <AutoComplete
        value={text}
        options={options}
        onSearch={setText}
        onChange={setText}
        onSelect={(id: string) => {
          const u = places.find((p) => String(p.id) === id);
          if (!u) return;
          setText(u.name);
          const p = { lat: u.lat, lng: u.lng };
          setFocus(p);
          onChange(p);
        }}
        placeholder={t('pick.search')}
        aria-label={t('pick.search')}
        notFoundContent={text.trim() ? t('pick.none') : null}
        data-testid={`${testId}-search`}
        allowClear
      />
      <TerritoryMap picked={value} onPick={onChange} focus={focus} height={height} testId={`${testId}-map`} />
    </Flex>
  );
}
