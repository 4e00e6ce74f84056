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
  // After the two above so they keep their own reasons; ::a.b.c.d may still reach an IPv4 host on some stacks.
  ['::', 96, 'IPv4-compatible (deprecated, RFC 4291)'],
  ['64:ff9b:1::', 48, 'local-use NAT64 (RFC 8215)'],
  ['100::', 64, 'discard-only (RFC 6666)'],
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

/** The eight 16-bit groups of an IPv6 address in any spelling (compressed, uncompressed, dotted tail). */
function groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail, ...rest] = text.split('::');
  if (rest.length) return null;
  const part = (s: string | undefined) => (s ? s.split(':').map((h) => parseInt(h, 16)) : []);
  const front = part(head);
  const back = part(tail);
  const fill = tail === undefined ? 0 : 8 - front.length - back.length;
  const all = [...front, ...Array<number>(Math.max(fill, 0)).fill(0), ...back];
  return all.length === 8 && all.every((g) => g >= 0 && g <= 0xffff) ? all : null;
}

/**
 * The IPv4 address an IPv6 address carries to an IPv4 host: IPv4-mapped (::ffff:a.b.c.d, in any spelling),
 * IPv4-translated (::ffff:0:a.b.c.d, RFC 2765), NAT64 (64:ff9b::/96) and 6to4 (2002:aabb:ccdd::/48).
 */
function embeddedV4(address: string): string | null {
  const g = groups(address);
  if (!g) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return v4(g[6]!, g[7]!);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return v4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4(g[1]!, g[2]!);
  return null;
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
