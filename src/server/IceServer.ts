// Mirrors the browser's RTCIceServer dictionary so clients can pass it straight to RTCPeerConnection.
export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}
