import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { checkKey, checkPrefix, fileNotFound, storedFile, toBuffer, type FileBody, type FileStorage, type StoredFile } from './storage.js';

export interface S3Options {
  bucket: string;
  region: string;
  /** An S3-compatible service (MinIO, OSS, COS, OBS); unset means AWS itself. */
  endpoint?: string;
  /** `endpoint/bucket/key` instead of `bucket.endpoint/key`: what MinIO and most private deployments need. */
  forcePathStyle: boolean;
  /** Unset: the AWS default chain (AWS_ACCESS_KEY_ID, a profile, an instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
}

const isMissing = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.$metadata?.httpStatusCode === 404;
};

/** Files in a bucket of an S3-compatible store, through the AWS SDK (SigV4 signing, retries, error parsing). */
export class S3FileStorage implements FileStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly opts: S3Options) {
    this.client = new S3Client({
      region: opts.region,
      endpoint: opts.endpoint,
      forcePathStyle: opts.forcePathStyle,
      credentials: opts.accessKeyId && opts.secretAccessKey ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } : undefined,
      // The SDK would otherwise add CRC32 trailers and aws-chunked bodies that several S3-compatible stores refuse.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: FileBody, opts: { contentType: string }): Promise<void> {
    checkKey(key);
    // A single PUT needs its length up front, and S3-compatible stores refuse chunked bodies of unknown length;
    // uploads are bounded by the upload check, so holding one in memory is the simple and portable choice.
    const bytes = await toBuffer(body);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.opts.bucket, Key: key, Body: bytes, ContentType: opts.contentType, ContentLength: bytes.length }),
    );
  }

  async get(key: string): Promise<StoredFile> {
    checkKey(key);
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.opts.bucket, Key: key }));
      return storedFile(res.ContentType ?? 'application/octet-stream', res.ContentLength ?? 0, res.Body as Readable);
    } catch (e) {
      if (isMissing(e)) throw fileNotFound(key);
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.opts.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    checkKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.opts.bucket, Key: key }));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  async list(prefix: string): Promise<string[]> {
    checkPrefix(prefix);
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const res = await this.client.send(new ListObjectsV2Command({ Bucket: this.opts.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of res.Contents ?? []) if (o.Key) keys.push(o.Key);
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  /** Closes the client's connection pool. */
  close(): void {
    this.client.destroy();
  }
}
