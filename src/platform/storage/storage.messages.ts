import { registerMessages } from '../errors.js';

registerMessages({
  FILE_NOT_FOUND: { zh: '文件不存在：{key}', en: 'No such file: {key}' },
  FILE_KEY_INVALID: { zh: '文件路径不合法：{key}', en: 'Invalid file key: {key}' },
  FILE_EMPTY: { zh: '文件为空，请重新选择', en: 'The file is empty; choose another one' },
  FILE_TOO_LARGE: { zh: '文件过大：不能超过 {limit}', en: 'The file is too large: the limit is {limit}' },
  FILE_DAMAGED: {
    zh: '文件已损坏或不完整：开头像 {kind} 文件，但内容无法按 {kind} 读取（可能未上传完整，或不是真正的 {kind} 文件），请重新选择',
    en: 'The file is damaged or incomplete: it starts like a {kind} file but its content cannot be read as one (cut short, or not really {kind}); choose another file',
  },
  FILE_TYPE_NOT_ALLOWED: {
    zh: '不支持的文件类型：仅接受 {allowed}（按文件内容识别，与文件名和声明的类型无关）',
    en: 'File type not accepted: only {allowed} (recognised from the content, whatever the name or declared type says)',
  },
});
