/**
 * Which `Host` the dev server answers. A page on another site can point its own name at 127.0.0.1 (DNS
 * rebinding) and then read the preview as same-origin; its requests still carry its own name in `Host`. So the
 * server answers only its own names: localhost, the loopback addresses, the `--host` it was given and, when that
 * is a wildcard (0.0.0.0, ::), this machine's own addresses. As Vite's and webpack-dev-server's `allowedHosts`.
 */
import { lookup } from 'node:dns/promises';
import { createServer, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** A host name as compared: lower case, an IPv6 address in brackets, no port. */
const canonical = (host: string) => {
  const h = host.toLowerCase();
  return isIP(h) === 6 ? `[${h}]` : h;
};

export function allowedHosts(listen: string): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', canonical(listen)]);
  if (listen === '0.0.0.0' || (isIP(listen) === 6 && /^[0:]+$/.test(listen))) {
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(canonical(a.address));
  }
  return names;
}

/** The name in a `Host` header (`name`, `name:port`, `[v6]`, `[v6]:port`); undefined when it is none of these. */
export function hostName(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header);
  return m ? m[1]!.toLowerCase() : undefined;
}

export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  const name = hostName(header);
  return name !== undefined && allowed.has(name);
}

/**
 * Why `--host` cannot be listened on, found before any work: not a name or address, a name that does not
 * resolve, or an address of another machine (tried on a free port). Undefined when it can.
 */
export async function badHost(host: string): Promise<string | undefined> {
  if (host.trim() === '' || /[\s/@]/.test(host)) return 'not a host name or address';
  if (!isIP(host)) {
    try {
      await lookup(host);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    }
  }
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    probe.listen(0, host, () => probe.close(() => resolve(undefined)));
  });
}
