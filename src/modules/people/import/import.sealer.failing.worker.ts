// A sealing thread that fails on purpose, for the tests of how an import fails: it seals as the real one does,
// except that its cipher refuses one phone number (sealing stops at that row) and the thread itself throws on a
// batch holding a resident named 线程故障 (its whole batch is lost).
import { serveInWorker } from '../../../platform/worker.js';
import { createFieldCrypto, type CryptoMode, type FieldCrypto } from '../../../platform/crypto/field-crypto.js';
import { sealOutcome, type RawRows } from './import.sealer.js';

const REFUSED_PHONE = '13000000000';
const THREAD_FAILS_ON = '线程故障';

serveInWorker((data: { key: Uint8Array; mode: CryptoMode }) => {
  const crypto = createFieldCrypto(Buffer.from(data.key), data.mode);
  const refusing: FieldCrypto = Object.assign(Object.create(crypto) as FieldCrypto, {
    encrypt: (value: string) => {
      if (value === REFUSED_PHONE) throw new Error('cipher refused the value');
      return crypto.encrypt(value);
    },
  });
  return (batch: RawRows) => {
    if (batch.rows.some((r) => r.person.name === THREAD_FAILS_ON)) throw new Error('sealing thread failed');
    return sealOutcome(refusing, batch);
  };
});
