import { join } from 'node:path';
import type { Config } from '../config.js';
import type { FileStorage } from './storage.js';
import { LocalFileStorage } from './storage.local.js';
import { S3FileStorage } from './storage.s3.js';

/** The store the configuration names: DATA_DIR/files unless STORAGE=s3. */
export function createStorage(config: Config): FileStorage {
  if (config.storage === 's3') {
    if (!config.s3) throw new Error('STORAGE=s3 needs S3_BUCKET');
    return new S3FileStorage(config.s3);
  }
  return new LocalFileStorage(join(config.dataDir, 'files'));
}
