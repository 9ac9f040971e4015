// What server processes tell each other through Redis. To a room's owner: a proxied socket's `join`, its later
// `frame`s and its `gone`, and `close-room` requests. Back to the socket's process: `send` and `close` for that
// socket, and `room-closed` answers. `id` names the socket (or the request) within the sending process.
export interface BusMessage {
  kind: 'join' | 'frame' | 'gone' | 'send' | 'close' | 'close-room' | 'room-closed';
  from: string;
  id: string;
  payload: string;
}
