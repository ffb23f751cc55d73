import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { objectStorageOf } from './storage-config';

const keys = { S3_ACCESS_KEY_ID: 'groupdesk', S3_SECRET_ACCESS_KEY: 'groupdesk-secret' };
const minio = { S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'groupdesk-files', ...keys };

describe('the S3 settings', () => {
  it('leave the files on the local disk while S3_BUCKET is unset', () => {
    expect(objectStorageOf(loadConfig({}))).toBeNull();
  });

  it('send the files to an S3-compatible server by path, in us-east-1 unless told otherwise', () => {
    expect(objectStorageOf(loadConfig(minio))).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'groupdesk-files',
      region: 'us-east-1',
      credentials: { accessKeyId: 'groupdesk', secretAccessKey: 'groupdesk-secret' },
      forcePathStyle: true,
    });
    const virtualHosted = loadConfig({ ...minio, S3_FORCE_PATH_STYLE: 'false', S3_REGION: 'eu-west-3' });
    expect(objectStorageOf(virtualHosted)).toMatchObject({ forcePathStyle: false, region: 'eu-west-3' });
  });

  it('on AWS itself, address buckets by host name and may leave the keys to the instance role', () => {
    expect(objectStorageOf(loadConfig({ S3_BUCKET: 'groupdesk-files' }))).toEqual({
      endpoint: undefined,
      bucket: 'groupdesk-files',
      region: 'us-east-1',
      credentials: undefined,
      forcePathStyle: false,
    });
  });

  it.each([
    [
      'an endpoint without a bucket',
      { S3_ENDPOINT: 'http://minio:9000', ...keys },
      /S3_BUCKET: required with/,
    ],
    ['keys without a bucket', keys, /S3_BUCKET: required with S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/],
    [
      'an access key id alone',
      { S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'id' },
      /S3_SECRET_ACCESS_KEY: required/,
    ],
    ['a secret alone', { S3_BUCKET: 'files', S3_SECRET_ACCESS_KEY: 's' }, /S3_ACCESS_KEY_ID: required/],
    [
      'an S3-compatible server without keys',
      { S3_BUCKET: 'files', S3_ENDPOINT: 'http://minio:9000' },
      /S3_ACCESS_KEY_ID: an S3-compatible server \(S3_ENDPOINT\) needs/,
    ],
    ['a bucket name S3 refuses', { ...minio, S3_BUCKET: 'Groupdesk_Files' }, /S3_BUCKET: a bucket name/],
    ['an endpoint that is not http(s)', { ...minio, S3_ENDPOINT: 'ftp://minio' }, /S3_ENDPOINT/],
    ['a path style that is no yes or no', { ...minio, S3_FORCE_PATH_STYLE: 'maybe' }, /S3_FORCE_PATH_STYLE/],
  ])('refuse %s with a message naming the setting', (_case, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
