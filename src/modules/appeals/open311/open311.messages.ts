import type { Label } from '../../../platform/i18n.js';

/** Refusals of the Open311 endpoint and its client administration (rendered in Open311's own error format). */
export const open311Messages: Record<string, Label> = {
  OPEN311_API_KEY: { zh: 'api_key 缺失、无效或已吊销', en: 'api_key was not provided, is invalid or was revoked' },
  OPEN311_KEY_JURISDICTION: { zh: '该 api_key 不属于辖区 {jurisdiction}', en: 'This api_key is not valid for jurisdiction {jurisdiction}' },
  OPEN311_JURISDICTION_UNKNOWN: { zh: 'jurisdiction_id 不存在：{jurisdiction}', en: 'jurisdiction_id not found: {jurisdiction}' },
  OPEN311_JURISDICTION_REQUIRED: {
    zh: '本接口服务多个辖区，请提供 jurisdiction_id（区代码）',
    en: 'This endpoint serves several jurisdictions: give a jurisdiction_id (the district code)',
  },
  OPEN311_PARAM_REQUIRED: { zh: '缺少参数：{param}', en: 'Missing parameter: {param}' },
  OPEN311_SERVICE_UNKNOWN: { zh: 'service_code 不存在或不对外开放：{code}', en: 'service_code not found: {code}' },
  OPEN311_REQUEST_UNKNOWN: { zh: '诉求不存在或不对外公开：{id}', en: 'service_request_id not found: {id}' },
  OPEN311_TOKEN_UNKNOWN: { zh: 'token 不存在：{token}', en: 'token not found: {token}' },
  OPEN311_LOCATION_REQUIRED: { zh: '请提供 lat 与 long、address_string 或 address_id', en: 'Give lat and long, address_string or address_id' },
  OPEN311_LAT_LONG: { zh: 'lat 与 long 须同时提供', en: 'lat and long go together' },
  OPEN311_ADDRESS_ID: {
    zh: 'address_id / attribute[unit_id] 不是本辖区的单位编号：{value}',
    en: 'address_id / attribute[unit_id] is not a unit of this jurisdiction: {value}',
  },
  OPEN311_ATTRIBUTE_INVALID: { zh: 'attribute[{code}] 的值无效：{value}', en: 'Invalid value for attribute[{code}]: {value}' },
  OPEN311_DATE_INVALID: { zh: '{param} 不是有效的 W3C 时间：{value}', en: '{param} is not a valid W3C datetime: {value}' },
  OPEN311_STATUS_INVALID: { zh: 'status 只能是 open 或 closed：{value}', en: 'status is open or closed: {value}' },
  OPEN311_MEDIA_URL: { zh: 'media_url 须为 http(s) 地址，且不超过 500 个字符', en: 'media_url must be an http(s) address of at most 500 characters' },
};
