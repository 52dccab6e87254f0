import { useMemo } from 'react';
import { Flex, Typography } from 'antd';
import { TerritoryMap, type MapMarker, type MarkerColour } from '../../../shared/map/TerritoryMap';
import { useAppealsT } from '../i18n';
import type { OrderSummary } from '../types';
import { SLA_COLOURS } from './OrderTags';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const OPEN = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'];
const colourOf = (o: OrderSummary): MarkerColour => (OPEN.includes(o.status) && (o.sla === 'red' || o.sla === 'yellow' || o.sla === 'green') ? o.sla : 'grey');

/**
 * Orders on the district's map, coloured by their time limit and clustered where they crowd (a cluster takes the
 * colour of its most urgent order); a click or Enter on a marker opens the order.
 */
export function OrdersMap({ orders, onOpen, height = 400 }: { orders: OrderSummary[]; onOpen?: (id: number) => void; height?: number }) {
  const t = useAppealsT();
  const slaTerms = useVocabulary('appeals.sla');
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const markers = useMemo<MapMarker[]>(
    () =>
      orders
        .filter((o) => o.lat !== null && o.lng !== null)
        .map((o) => ({
          id: o.id,
          lat: o.lat!,
          lng: o.lng!,
          colour: colourOf(o),
          big: o.urgent,
          title: `#${o.id} ${o.title} · ${orderStatusTerms.label(o.status)}${o.address ? ` · ${o.address}` : ''}`,
        })),
    [orders, orderStatusTerms],
  );
  return (
    <div data-testid="orders-map" data-points={markers.length}>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 4 }}>
        <Typography.Text type="secondary">{markers.length ? t('dispatch.mapHint', { n: markers.length }) : t('dispatch.mapEmpty')}</Typography.Text>
        <Flex gap={12}>
          {(['red', 'yellow', 'green'] as const).map((c) => (
            <span key={c} style={{ whiteSpace: 'nowrap' }}>
              <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: SLA_COLOURS[c], marginInlineEnd: 4 }} />
              {slaTerms.label(c)}
            </span>
          ))}
        </Flex>
      </Flex>
      <TerritoryMap markers={markers} cluster onMarkerClick={onOpen} height={height} testId="orders-territory-map" />
    </div>
  );
}
