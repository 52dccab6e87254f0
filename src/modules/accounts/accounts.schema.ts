import type { Generated } from 'kysely';

export interface AccountsTables {
  accounts_sign_up_code: {
    phone_hash: string;
    code_hash: string;
    attempts: Generated<number>;
    expires_at: Date;
    created_at: Generated<Date>;
  };
  accounts_sign_up_send: {
    id: Generated<number>;
    phone_hash: string;
    source: string;
    sent_at: Generated<Date>;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends AccountsTables {}
}
