import { createSignalingServer } from './createSignalingServer.ts';
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
// Exactly one stdout line, so scripts and tests can read the address without parsing anything else.
process.stdout.write(`Rapport signalling server listening on ${server.url}\n`);
if (parsed.keyWasGenerated) {
  process.stderr.write(
    `Generated API key (pass --key or SIGNAL_KEY to keep it across restarts): ${parsed.options.apiKey}\n`,
  );
}
