// One end of a relayed pair, whatever relays it: our signalling server or the bare baseline relay.
export interface RelayEndpoint {
  send(data: unknown): void;
  onData(handler: (data: unknown) => void): void;
  close(): void;
}
