import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';

describe('second-factor and single sign-on settings', () => {
  it('leave the roles that require a second factor to their declarations unless told otherwise', () => {
    expect(loadConfig({}).totpRequiredRoles).toBeUndefined();
    expect(loadConfig({ TOTP_REQUIRED_ROLES: 'admin, street_staff' }).totpRequiredRoles).toEqual(['admin', 'street_staff']);
    expect(loadConfig({ TOTP_REQUIRED_ROLES: '' }).totpRequiredRoles).toEqual([]);
  });

  it('leave single sign-on off until it is configured, and refuse half a configuration', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    const oidc = {
      OIDC_ISSUER: 'https://idp.example.gov.cn/realms/jingan',
      OIDC_CLIENT_ID: 'linli',
      OIDC_CLIENT_SECRET: 's',
      OIDC_REDIRECT_URI: 'https://linli.example.gov.cn/api/auth/oidc/callback',
    };
    expect(loadConfig(oidc).oidc).toEqual({
      issuer: oidc.OIDC_ISSUER,
      clientId: 'linli',
      clientSecret: 's',
      redirectUri: oidc.OIDC_REDIRECT_URI,
      usernameClaim: 'preferred_username',
      label: undefined,
      mfaAmr: ['mfa', 'otp'],
    });
    expect(loadConfig({ ...oidc, OIDC_USERNAME_CLAIM: 'employee_no', OIDC_LABEL: '政务服务统一认证', OIDC_MFA_AMR: '' }).oidc).toMatchObject({
      usernameClaim: 'employee_no',
      label: '政务服务统一认证',
      mfaAmr: [],
    });
    expect(() => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID, OIDC_REDIRECT_URI/);
  });

  it('take plain HTTP only from a provider on this machine', () => {
    const base = { OIDC_CLIENT_ID: 'linli', OIDC_REDIRECT_URI: 'http://localhost:3000/api/auth/oidc/callback' };
    expect(loadConfig({ ...base, OIDC_ISSUER: 'http://127.0.0.1:8080' }).oidc?.issuer).toBe('http://127.0.0.1:8080');
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'http://idp.example.gov.cn' })).toThrow(/OIDC_ISSUER must be an https URL/);
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'not a url' })).toThrow(/OIDC_ISSUER must be a URL/);
  });
});
