import ipaddr from 'ipaddr.js';

/**
 * Whether an address is on the public internet. Loopback, private (RFC 1918, unique-local),
 * link-local (which holds the cloud metadata address 169.254.169.254), carrier-grade NAT
 * (100.64/10, where some clouds put their metadata too), multicast and reserved ranges are not;
 * an IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The host as the allow-list names it: "example.com" or "127.0.0.1:8080" (IPv6 without brackets). */
export function hostKeys(url: URL): string[] {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return url.port ? [host, `${host}:${url.port}`] : [host];
}
