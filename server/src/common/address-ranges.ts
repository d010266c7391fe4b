import { isIPv4, isIPv6 } from 'node:net';

// Which IP addresses an outbound call may not reach: this machine, private and link-local
// networks, cloud metadata services and addresses that route nowhere. Pure: no I/O.

type Range = [label: string, cidr: string];

// Most specific first: the first range that holds an address names it.
const IPV4_RANGES: Range[] = [
  ['a cloud metadata address', '169.254.169.254/32'],
  ['an unspecified address', '0.0.0.0/8'],
  ['a loopback address', '127.0.0.0/8'],
  ['a private address', '10.0.0.0/8'],
  ['a private address', '172.16.0.0/12'],
  ['a private address', '192.168.0.0/16'],
  ['a link-local address', '169.254.0.0/16'],
  ['a shared (carrier-grade NAT) address', '100.64.0.0/10'],
  ['a reserved address', '192.0.0.0/24'],
  ['a reserved address', '192.0.2.0/24'],
  ['a reserved address', '198.18.0.0/15'],
  ['a reserved address', '198.51.100.0/24'],
  ['a reserved address', '203.0.113.0/24'],
  ['a multicast address', '224.0.0.0/4'],
  ['a reserved address', '240.0.0.0/4'],
];

const IPV6_RANGES: Range[] = [
  ['a cloud metadata address', 'fd00:ec2::254/128'],
  ['an unspecified address', '::/128'],
  ['a loopback address', '::1/128'],
  ['a private address', 'fc00::/7'],
  ['a private address', 'fec0::/10'],
  ['a link-local address', 'fe80::/10'],
  ['a multicast address', 'ff00::/8'],
  ['a reserved address', '100::/64'],
  ['a reserved address', '2001:db8::/32'],
];

// IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4): judged by that address.
const EMBEDDED_IPV4: Array<{ cidr: string; shift: bigint }> = [
  { cidr: '::ffff:0:0/96', shift: 0n },
  { cidr: '::/96', shift: 0n },
  { cidr: '64:ff9b::/96', shift: 0n },
  { cidr: '2002::/16', shift: 80n },
];

function ipv4Value(address: string): bigint {
  return address.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Value(address: string): bigint {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Value(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function inRange(value: bigint, bits: bigint, cidr: string, parse: (text: string) => bigint): boolean {
  const [base, length] = cidr.split('/');
  const hostBits = bits - BigInt(length);
  return value >> hostBits === parse(base) >> hostBits;
}

function labelOf(value: bigint, bits: bigint, ranges: Range[], parse: (text: string) => bigint): string | null {
  return ranges.find(([, cidr]) => inRange(value, bits, cidr, parse))?.[0] ?? null;
}

/** Why an IP address may not be called (e.g. "a loopback address"), or null for a public one. */
export function blockedAddressReason(address: string): string | null {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(plain)) return labelOf(ipv4Value(plain), 32n, IPV4_RANGES, ipv4Value);
  if (!isIPv6(plain)) return null;
  const value = ipv6Value(plain);
  for (const { cidr, shift } of EMBEDDED_IPV4) {
    // ::/96 also holds :: and ::1, which the IPv6 ranges name.
    if (inRange(value, 128n, cidr, ipv6Value) && value > 1n) {
      const v4 = (value >> shift) & 0xffffffffn;
      return labelOf(v4, 32n, IPV4_RANGES, ipv4Value);
    }
  }
  return labelOf(value, 128n, IPV6_RANGES, ipv6Value);
}
