import { describe, expect, it } from 'vitest';
import { toXml } from './open311.xml.js';

describe('the Open311 XML serializer', () => {
  it('writes lists as wrappers of same-named items, nulls as empty elements, and escapes text', () => {
    const xml = toXml('service_requests', [{ service_request_id: '7', status: 'open', description: '<垃圾> & "臭"', address_id: null, lat: 31.2 }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request><service_request_id>7</service_request_id><status>open</status>' +
        '<description>&lt;垃圾&gt; &amp; &quot;臭&quot;</description><address_id/><lat>31.2</lat></request></service_requests>',
    );
  });

  it('nests lists inside items (a service definition) and drops characters XML cannot carry', () => {
    const xml = toXml('service_definition', { service_code: 'P0101', attributes: [{ code: 'urgency', values: [{ key: 'urgent', name: '紧急\u0001' }] }] });
    expect(xml).toContain(
      '<attributes><attribute><code>urgency</code><values><value><key>urgent</key><name>紧急</name></value></values></attribute></attributes>',
    );
  });

  it('refuses a list it has no item name for rather than inventing one', () => {
    expect(() => toXml('things', [1])).toThrow(/item name/);
  });
});
