// The thread that seals a large import's rows (see sealInWorker).
import { serveInWorker } from '../../../platform/worker.js';
import { sealBatch, workerCrypto } from './import.sealer.js';
import type { CryptoMode } from '../../../platform/crypto/field-crypto.js';

serveInWorker((data: { key: Uint8Array; mode: CryptoMode }) => {
  const crypto = workerCrypto(data);
  return (batch: Parameters<typeof sealBatch>[1]) => sealBatch(crypto, batch);
});
