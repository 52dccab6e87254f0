import type { Label } from '../../../platform/i18n.js';

/** Refusals of order transfer (工单互转) and of hotline imports. */
export const transferMessages: Record<string, Label> = {
  TRANSFER_SIGNATURE_MISSING: {
    zh: '缺少签名：须带 X-Linli-District、X-Linli-Partner、X-Linli-Timestamp 与 X-Linli-Signature',
    en: 'Unsigned: send X-Linli-District, X-Linli-Partner, X-Linli-Timestamp and X-Linli-Signature',
  },
  TRANSFER_SIGNATURE_INVALID: { zh: '签名无效（平台代码、区代码或密钥不符）', en: 'Invalid signature (unknown partner or district, or the wrong secret)' },
  TRANSFER_SIGNATURE_STALE: { zh: '签名时间戳已过期或不正确（允许前后 5 分钟）', en: 'The signature timestamp is stale or malformed (5 minutes either way)' },
  TRANSFER_PARTNER_CODE: { zh: '平台代码只能为 2–32 位字母、数字、- 或 _：{code}', en: 'A partner code is 2–32 letters, digits, - or _: {code}' },
  TRANSFER_PARTNER_CODE_TAKEN: { zh: '平台代码 {code} 已存在', en: 'Partner code {code} is already in use' },
  TRANSFER_SECRET_WEAK: { zh: '密钥须为 32–200 个可打印 ASCII 字符', en: 'A secret is 32 to 200 printable ASCII characters' },
  TRANSFER_CALLBACK_URL: { zh: '回调地址须为 http(s) 地址且不含账号密码：{url}', en: 'The callback URL must be http(s) without credentials: {url}' },
  TRANSFER_NO_CALLBACK_URL: { zh: '平台“{partner}”未配置回调地址，无法转出', en: 'Partner "{partner}" has no callback URL to send orders to' },
  TRANSFER_ALREADY_OUT: { zh: '工单 #{id} 已转出至“{partner}”', en: 'Order #{id} was already sent to "{partner}"' },
  TRANSFER_NOT_OUT: { zh: '工单 #{id} 未转出至“{partner}”', en: 'Order #{id} was not sent to "{partner}"' },
  HOTLINE_INVALID: { zh: '热线工单有误（{fields}），详见 details', en: 'Invalid hotline order ({fields}); see details' },
  HOTLINE_NO_FILE: { zh: '请上传热线工单文件（.csv 或 .xlsx）', en: 'Upload a hotline order file (.csv or .xlsx)' },
  HOTLINE_FILE_EMPTY: { zh: '文件中没有工单', en: 'The file holds no orders' },
  HOTLINE_FILE_TYPE: { zh: '文件不是有效的 .xlsx 工作簿', en: 'The file is not a valid .xlsx workbook' },
  HOTLINE_FILE_ENCODING: {
    zh: 'CSV 文件须为 UTF-8 编码（Excel 中另存为“CSV UTF-8”），或直接上传 .xlsx',
    en: 'A CSV file must be UTF-8 (Save As "CSV UTF-8" in Excel), or upload the .xlsx',
  },
  HOTLINE_FILE_MALFORMED: { zh: '文件无法读取：{reason}', en: 'The file cannot be read: {reason}' },
  HOTLINE_FILE_HEADER: { zh: '找不到表头，或缺少必填列：{columns}', en: 'No header row, or required columns are missing: {columns}' },
  HOTLINE_FILE_TOO_LARGE: { zh: '一次最多导入 {max} 条工单，请拆分文件', en: 'At most {max} orders per file: split it' },
};
