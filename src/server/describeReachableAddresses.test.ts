import { describe, expect, it } from 'vitest';
import type { networkInterfaces } from 'node:os';
import { describeReachableAddresses } from './describeReachableAddresses.ts';

const interfaces = {
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
  ],
  eth0: [
    {
      address: '192.0.2.2',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: '192.0.2.2/24',
    },
    {
      address: '2001:db8::2',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6',
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: '2001:db8::2/64',
      scopeid: 0,
    },
    {
      address: 'fe80::1',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6',
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: 'fe80::1/64',
      scopeid: 2,
    },
  ],
} satisfies ReturnType<typeof networkInterfaces>;

describe('describeReachableAddresses', () => {
  it('lists the non-loopback IPv4 addresses for 0.0.0.0, and IPv6 ones too for ::', () => {
    expect(describeReachableAddresses('0.0.0.0', '8787', interfaces)).toEqual([
      'Reachable at http://192.0.2.2:8787',
    ]);
    expect(describeReachableAddresses('::', '8787', interfaces)).toEqual([
      'Reachable at http://192.0.2.2:8787',
      'Reachable at http://[2001:db8::2]:8787',
    ]);
  });

  it('says so when only loopback exists, and adds nothing for a specific address', () => {
    expect(describeReachableAddresses('0.0.0.0', '8787', { lo: interfaces.lo })).toEqual([
      'Reachable at: no network address other than loopback was found on this machine.',
    ]);
    expect(describeReachableAddresses('127.0.0.1', '8787', interfaces)).toEqual([]);
    expect(describeReachableAddresses('192.0.2.2', '8787', interfaces)).toEqual([]);
  });
});
