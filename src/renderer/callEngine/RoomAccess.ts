/** How to reach one call room on a signalling server, and as whom. */
export type RoomAccess = {
  /** ws:// or wss:// address of the signalling server's /ws endpoint. */
  webSocketUrl: string;
  roomId: string;
  token: string;
  name: string;
  /** `relay` sends all media through TURN (hides both sides' addresses); `all` lets ICE pick. */
  iceTransportPolicy?: RTCIceTransportPolicy;
};
