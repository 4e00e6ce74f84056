/**
 * Which network addresses a fetch may connect to. Loopback, private, link-local, CGNAT, multicast and other
 * special-purpose ranges (RFC 6890 and kin) are refused unless explicitly allowed, so a URL in a feed or an
 * API request cannot reach the machine's own services (SSRF). The check runs on the address actually
 * connected to (in the socket's DNS lookup), so DNS rebinding cannot slip past it.
 */
import net from 'node:net';

/** [network, prefix, reason] — the special-purpose ranges a public fetch must never reach. */
const BLOCKED_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved and broadcast'],
];

const BLOCKED_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'unique local'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
  ['2001:db8::', 32, 'documentation'],
];

type Rule = { list: net.BlockList; family: 'ipv4' | 'ipv6'; reason: string };
let rules: Rule[] | null = null;

function compiled(): Rule[] {
  if (rules) return rules;
  const make =
    (family: 'ipv4' | 'ipv6') =>
    ([a, p, reason]: readonly [string, number, string]): Rule => {
      const list = new net.BlockList();
      list.addSubnet(a, p, family);
      return { list, family, reason };
    };
  rules = [...BLOCKED_V4.map(make('ipv4')), ...BLOCKED_V6.map(make('ipv6'))];
  return rules;
}

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const m = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(lower);
  if (!m) return null;
  if (m[1]) return m[1];
  const hi = parseInt(m[2]!, 16);
  const lo = parseInt(m[3]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Returns why an address is not public, or null when a public fetch may connect to it. */
export function blockedReason(address: string): string | null {
  const family = net.isIP(address);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedV4(address);
    if (v4) return blockedReason(v4);
  }
  const fam = family === 4 ? 'ipv4' : 'ipv6';
  for (const r of compiled()) if (r.family === fam && r.list.check(address, fam)) return r.reason;
  return null;
}
