import { useMemo, useState } from 'react';
import { AutoComplete, Flex, Typography } from 'antd';
import type { LatLng } from './coords';
import { TerritoryMap } from './TerritoryMap';
import { useMapPickT } from './map-pick.i18n';
import { usePlaceSearch, type FoundPlace } from './usePlaceSearch';

/** How a found place reads in the list and in the box: a building with its compound; beside it the address and committee, which tell apart compounds of one name. */
const placeText = (p: FoundPlace) => (p.type === 'building' && p.within ? `${p.within} ${p.name}` : p.name);
const placeDetail = (p: FoundPlace) => [p.address, p.committee ?? p.within].filter(Boolean).join(' · ');

/**
 * Where something is: a click on the district's map, or a compound, building, address, committee or street found
 * by name (the map then centres on it, and its point, or a building's compound's, is the value). The value is a
 * WGS-84 point. Houses are never offered.
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
  const [text, setText] = useState('');
  const [focus, setFocus] = useState<LatLng | null>(null);
  const found = usePlaceSearch(text);
  const places = useMemo(() => (text.trim() ? (found.data?.items ?? []) : []), [text, found.data]);
  const options = useMemo(
    () =>
      places.map((p) => ({
        value: String(p.id),
        label: (
          <Flex justify="space-between" gap={8} data-testid={`${testId}-option`}>
            <span>{placeText(p)}</span>
            <Typography.Text type="secondary" ellipsis>
              {placeDetail(p)}
            </Typography.Text>
          </Flex>
        ),
      })),
    [places, testId],
  );
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <AutoComplete
        value={text}
        options={options}
        onSearch={setText}
        onChange={setText}
        onSelect={(id: string) => {
          const p = places.find((x) => String(x.id) === id);
          if (!p) return;
          setText(placeText(p));
          const at = { lat: p.lat, lng: p.lng };
          setFocus(at);
          onChange(at);
        }}
        placeholder={t('pick.search')}
        aria-label={t('pick.search')}
        notFoundContent={text.trim() && found.data && !found.isFetching ? t('pick.none') : null}
        data-testid={`${testId}-search`}
        allowClear
      />
      <TerritoryMap picked={value} onPick={onChange} focus={focus} height={height} testId={`${testId}-map`} />
    </Flex>
  );
}
