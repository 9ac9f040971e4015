import { networkInterfaces } from 'node:os';

type Interfaces = ReturnType<typeof networkInterfaces>;

// For a wildcard bind (0.0.0.0 or ::), one line per non-loopback interface address other machines can use; nothing for
// a specific address, which the listening line already names.
export function describeReachableAddresses(
  host: string,
  port: string,
  interfaces: Interfaces = networkInterfaces(),
): string[] {
  const wildcardFamilies = host === '0.0.0.0' ? ['IPv4'] : host === '::' ? ['IPv4', 'IPv6'] : [];
  if (wildcardFamilies.length === 0) return [];
  const urls: string[] = [];
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      // Link-local IPv6 needs a zone id no browser accepts in a URL.
      if (
        address.internal ||
        !wildcardFamilies.includes(address.family) ||
        address.address.startsWith('fe80:')
      )
        continue;
      urls.push(
        address.family === 'IPv6'
          ? `http://[${address.address}]:${port}`
          : `http://${address.address}:${port}`,
      );
    }
  }
  if (urls.length === 0)
    return ['Reachable at: no network address other than loopback was found on this machine.'];
  return urls.map((url) => `Reachable at ${url}`);
}
