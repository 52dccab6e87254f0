import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createStorage } from './storage.factory.js';
import { LocalFileStorage } from './storage.local.js';
import { S3FileStorage } from './storage.s3.js';

describe('storage configuration', () => {
  it('keeps files in DATA_DIR/files unless told otherwise, with a 10 MB upload limit', () => {
    const config = loadConfig({ DATA_DIR: '/srv/linli' });
    expect(config.storage).toBe('local');
    expect(config.s3).toBeUndefined();
    expect(config.uploadMaxBytes).toBe(10 * 1024 * 1024);
    expect(createStorage(config)).toBeInstanceOf(LocalFileStorage);
    expect(loadConfig({ UPLOAD_MAX_MB: '2.5' }).uploadMaxBytes).toBe(2.5 * 1024 * 1024);
    expect(() => loadConfig({ UPLOAD_MAX_MB: '0' })).toThrow(/UPLOAD_MAX_MB/);
  });

  it('selects an S3-compatible bucket by STORAGE=s3', () => {
    const config = loadConfig({
      STORAGE: 's3',
      S3_BUCKET: 'linli',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'cn-east-1',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.s3).toEqual({
      bucket: 'linli',
      endpoint: 'http://127.0.0.1:9000',
      region: 'cn-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    const storage = createStorage(config);
    expect(storage).toBeInstanceOf(S3FileStorage);
    storage.close?.();
    expect(loadConfig({ STORAGE: 's3', S3_BUCKET: 'b' }).s3).toMatchObject({
      region: 'us-east-1',
      forcePathStyle: false,
      endpoint: undefined,
      accessKeyId: undefined,
    });
  });

  it('refuses a configuration that would put files somewhere unintended', () => {
    expect(() => loadConfig({ STORAGE: 'S3 ' })).toThrow(/STORAGE must be/);
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(/go together/);
  });
});
