// The thread that seals a large import's rows (see sealInWorker).
import { serveInWorker } from '../../../platform/worker.js';
import { createFieldCrypto, type CryptoMode } from '../../../platform/crypto/field-crypto.js';
import { sealBatch, type RawRows } from './import.sealer.js';

serveInWorker((data: { key: Uint8Array; mode: CryptoMode }) => {
  const crypto = createFieldCrypto(Buffer.from(data.key), data.mode);
  return (batch: RawRows) => sealBatch(crypto, batch);
});
