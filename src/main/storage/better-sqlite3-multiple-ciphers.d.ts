// better-sqlite3-multiple-ciphers keeps better-sqlite3's API but leaves its own (older) index.d.ts out of its
// "exports" map, so TypeScript cannot reach it; better-sqlite3's maintained types describe the same API.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
