// Which addresses the backend may fetch a coordinator's feed URL from. A feed URL is typed in
// by a person, and the backend fetches it from inside the organisation's network: without this
// check, `http://10.0.0.5/admin` or a cloud's metadata address (169.254.169.254) would be read
// and served to the world (server-side request forgery). Only public unicast addresses are
// allowed, checked on the address actually connected to (after DNS, on every redirect), so a
// name that resolves to a private address is refused too. `MENTORKIT_FEED_ALLOW_HOSTS` lets an
// organisation allow its own calendar server on a private network (and the tests, 127.0.0.1).
import { BlockList, isIP } from 'node:net';

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv6');
}

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is checked as the IPv4 address. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** Whether `address` (an IP literal) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  const plain = unmapped(address);
  const family = isIP(plain);
  if (family === 0) return false;
  return !privateRanges.check(plain, family === 4 ? 'ipv4' : 'ipv6');
}

/** The hosts an organisation allows besides public addresses (names or IP literals). */
export type AllowedHosts = ReadonlySet<string>;

export function parseAllowedHosts(value: string | undefined): AllowedHosts {
  return new Set(
    (value ?? '')
      .split(',')
      .map((host) =>
        host
          .trim()
          .toLowerCase()
          .replace(/^\[|\]$/g, ''),
      )
      .filter(Boolean),
  );
}

/**
 * Whether the backend may connect to `address` for a URL whose host is `hostname`: a public
 * address, or a host the configuration allows (by the name in the URL or by the address).
 */
export function mayConnect(hostname: string, address: string, allowed: AllowedHosts): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return isPublicAddress(address) || allowed.has(host) || allowed.has(unmapped(address));
}
