import { createSignalingServer } from './createSignalingServer.ts';
import { describeReachableAddresses } from './describeReachableAddresses.ts';
import { parseCommandLine } from './parseCommandLine.ts';

const usage = `Usage: node src/server/cli.ts [options]

  --port N                      Port to listen on; 0 picks a free one (env SIGNAL_PORT, default 8787)
  --host H                      Interface to bind (env SIGNAL_HOST, default 127.0.0.1)
  --key K                       API key for POST /api/rooms (env SIGNAL_KEY; generated and printed if absent)
  --public-url URL              Public base URL for join links, e.g. https://signal.example.com (env SIGNAL_PUBLIC_URL)
  --room-ttl-hours H            Default room lifetime in hours, fractions allowed (env SIGNAL_ROOM_TTL_HOURS, default 24)
  --stun-url URL                STUN server handed to clients; repeatable (env SIGNAL_STUN_URL, comma-separated)
  --turn-url URL                TURN server handed to clients; repeatable (env SIGNAL_TURN_URL, comma-separated)
  --turn-secret S               coturn static-auth-secret for TURN REST credentials (env SIGNAL_TURN_SECRET)
  --join-page-dir DIR           Folder with the built join page (env SIGNAL_JOIN_PAGE_DIR, default out/join)
  --heartbeat-interval-seconds  Ping interval used to drop dead sockets (default 30)
  --reconnect-grace-seconds S   How long a dropped peer keeps its slot and an empty room stays open (env SIGNAL_RECONNECT_GRACE_SECONDS, default 120)
  --allow-origin ORIGIN         Extra browser origin allowed to open the WebSocket; repeatable (env SIGNAL_ALLOW_ORIGIN, comma-separated)
  --max-connections-per-ip N    Open WebSockets per IPv4 address or IPv6 /64 (env SIGNAL_MAX_CONNECTIONS_PER_IP, default 50)
  --join-attempts-per-ip-per-minute N
                                Join frames per address per minute, in bursts of as many (env SIGNAL_JOIN_ATTEMPTS_PER_IP_PER_MINUTE, default 100)
  --trust-proxy                 Read the client address from X-Forwarded-For (only behind a proxy that sets it; env SIGNAL_TRUST_PROXY=1)
  --redis URL                   Share rooms with every server process using this Redis, e.g. redis://127.0.0.1:6379 (env SIGNAL_REDIS_URL)
  -h, --help                    Show this help
`;

let parsed: ReturnType<typeof parseCommandLine>;
try {
  parsed = parseCommandLine(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const server = createSignalingServer(parsed.options);

// Installed before the address is printed, so whoever reads that line can signal us straight away.
let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  // Never hang on shutdown: a stuck socket must not keep a service manager waiting.
  setTimeout(() => process.exit(1), 5000).unref();
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await server.listen();
} catch (error) {
  process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
// The first stdout line is always the bound address, so scripts and tests can read it without parsing anything else.
process.stdout.write(`Rapport signalling server listening on ${server.url}\n`);
// A wildcard address is not one a candidate can open: name the ones this machine can actually be reached at.
for (const line of describeReachableAddresses(parsed.options.host ?? '127.0.0.1', new URL(server.url).port)) {
  process.stdout.write(`${line}\n`);
}
if (parsed.keyWasGenerated) {
  process.stderr.write(
    `Generated API key (pass --key or SIGNAL_KEY to keep it across restarts): ${parsed.options.apiKey}\n`,
  );
}
