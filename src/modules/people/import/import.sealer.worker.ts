// A thread that seals a large import's rows (see sealInWorkers).
import { serveInWorker } from '../../../platform/worker.js';
import { createFieldCrypto, type CryptoMode } from '../../../platform/crypto/field-crypto.js';
import { sealOutcome, type RawRows } from './import.sealer.js';

serveInWorker((data: { key: Uint8Array; mode: CryptoMode }) => {
  const crypto = createFieldCrypto(Buffer.from(data.key), data.mode);
  return (batch: RawRows) => sealOutcome(crypto, batch);
});
