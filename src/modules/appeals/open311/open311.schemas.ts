import { Type } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schemas.js';

/** Open311 GeoReport v2 documents as its specification spells them (JSON side; XML mirrors them). */
export const open311Tags = ['open311'];

const Text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const JurisdictionQuery = Type.Object({
  jurisdiction_id: Text(20),
  api_key: Text(100),
});

export const RequestsQuery = Type.Object({
  jurisdiction_id: Text(20),
  api_key: Text(100),
  service_request_id: Type.Optional(Type.String({ maxLength: 2000, description: 'comma-separated ids; overrides every other argument' })),
  service_code: Type.Optional(Type.String({ maxLength: 2000, description: 'comma-separated service codes' })),
  start_date: Type.Optional(Type.String({ maxLength: 40, description: 'W3C datetime' })),
  end_date: Type.Optional(Type.String({ maxLength: 40, description: 'W3C datetime' })),
  status: Type.Optional(Type.String({ maxLength: 20, description: 'open, closed or both (comma-separated)' })),
});

export const PostRequestBody = Type.Object(
  {
    api_key: Text(100),
    jurisdiction_id: Text(20),
    service_code: Text(20),
    lat: Type.Optional(Type.Union([Type.Number(), Type.String({ maxLength: 30 })])),
    long: Type.Optional(Type.Union([Type.Number(), Type.String({ maxLength: 30 })])),
    address_string: Text(200),
    address_id: Type.Optional(Type.Union([Type.Integer(), Type.String({ maxLength: 20 })])),
    email: Text(200),
    device_id: Text(200),
    account_id: Text(200),
    first_name: Text(50),
    last_name: Text(50),
    phone: Text(30),
    description: Text(4000),
    media_url: Text(500),
    attribute: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean(), Type.Array(Type.String({ maxLength: 200 }))])),
    ),
  },
  { description: 'application/x-www-form-urlencoded (attribute[code]=value) or JSON' },
);

export const IdempotencyHeader = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) });

export const Discovery = Type.Object({
  changeset: Type.String(),
  contact: Type.String(),
  key_service: Type.String(),
  endpoints: Type.Array(
    Type.Object({ specification: Type.String(), url: Type.String(), changeset: Type.String(), type: Type.String(), formats: Type.Array(Type.String()) }),
  ),
});

export const Services = Type.Array(
  Type.Object({
    service_code: Type.String(),
    service_name: Type.String(),
    description: Type.String(),
    metadata: Type.Boolean(),
    type: Type.String(),
    keywords: Type.String(),
    group: Type.String(),
  }),
);

export const ServiceDefinition = Type.Object({
  service_code: Type.String(),
  attributes: Type.Array(
    Type.Object({
      variable: Type.Boolean(),
      code: Type.String(),
      datatype: Type.String(),
      required: Type.Boolean(),
      datatype_description: Nullable(Type.String()),
      order: Type.Integer(),
      description: Type.String(),
      values: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
    }),
  ),
});

export const ServiceRequests = Type.Array(
  Type.Object({
    service_request_id: Type.String(),
    status: Type.String(),
    status_notes: Nullable(Type.String()),
    service_name: Type.String(),
    service_code: Type.String(),
    description: Nullable(Type.String()),
    agency_responsible: Nullable(Type.String()),
    service_notice: Nullable(Type.String()),
    requested_datetime: Type.String(),
    updated_datetime: Type.String(),
    expected_datetime: Nullable(Type.String()),
    address: Nullable(Type.String()),
    address_id: Nullable(Type.String()),
    zipcode: Nullable(Type.String()),
    lat: Nullable(Type.Number()),
    long: Nullable(Type.Number()),
    media_url: Nullable(Type.String()),
  }),
);

export const PostReply = Type.Array(
  Type.Object({ service_request_id: Type.String(), service_notice: Nullable(Type.String()), account_id: Nullable(Type.String()) }),
);

export const TokenReply = Type.Array(Type.Object({ service_request_id: Type.String(), token: Type.String() }));

export const Open311Errors = Type.Array(Type.Object({ code: Type.Integer(), description: Type.String() }));

// ---- Client administration (under /api/appeals) ------------------------------------------------------------

export const ClientView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  keyHint: Type.String(),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
});

export const ClientCreated = Type.Composite([ClientView, Type.Object({ apiKey: Type.String({ description: '只显示这一次 / shown this once only' }) })]);

export const ClientBody = Type.Object({ name: Type.String({ minLength: 2, maxLength: 60 }) });
