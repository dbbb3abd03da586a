import { describe, expect, it } from 'vitest';
import { isPublicAddress, mayConnect, parseAllowedHosts } from './address-policy.ts';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // a cloud's metadata service
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc12:3456::1',
    '::ffff:127.0.0.1', // IPv4 loopback written as IPv6
    '::ffff:10.0.0.1',
    'ff02::1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '172.32.0.1',
    '192.169.0.1',
    '2a00:1450:4001::200e',
    '::ffff:8.8.8.8',
  ])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('mayConnect', () => {
  it('allows a private address only for a host the configuration names', () => {
    const allowed = parseAllowedHosts(' Calendar.Intranet.Example , 10.0.0.7,[::1]');
    expect(mayConnect('calendar.intranet.example', '10.1.1.1', allowed)).toBe(true);
    expect(mayConnect('10.0.0.7', '10.0.0.7', allowed)).toBe(true);
    expect(mayConnect('::1', '::1', allowed)).toBe(true);
    expect(mayConnect('other.example', '10.1.1.1', allowed)).toBe(false);
    expect(mayConnect('other.example', '93.184.216.34', allowed)).toBe(true);
    expect(mayConnect('x.example', '10.0.0.8', parseAllowedHosts(undefined))).toBe(false);
  });
});
