import { describe, expect, it } from 'vitest';
import { clientAddressKey } from './clientAddressKey.ts';

describe('clientAddressKey', () => {
  it('keeps IPv4 addresses apart, and reads IPv4-mapped IPv6 as IPv4', () => {
    expect(clientAddressKey('127.0.0.1')).toBe('127.0.0.1');
    expect(clientAddressKey('127.0.0.2')).toBe('127.0.0.2');
    expect(clientAddressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts a whole IPv6 /64 as one address, however it is written', () => {
    const key = clientAddressKey('2001:db8:0:1::5');
    expect(key).toBe('2001:db8:0:1::/64');
    expect(clientAddressKey('2001:0db8:0000:0001:ffff:1:2:3')).toBe(key);
    expect(clientAddressKey('2001:db8:0:2::5')).not.toBe(key);
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
