// Random and mutated client frames for the fuzz test, from a seeded generator so any failure can be replayed.
// `targets` are identifiers worth aiming at (real room ids, peer ids, tokens), mixed with made-up ones.
export class FuzzFrames {
  private state: number;
  private readonly targets: string[] = [];
  // Built once: making 60 KB of brackets for every frame would cost the test more than the server.
  private readonly shallowNestedTexts: string[] = [];
  private readonly deepNestedTexts: string[] = [];

  constructor(seed: number) {
    this.state = seed >>> 0;
    for (const depth of [31, 32, 33, 200, 2000, 5000, 12_000, 30_000]) {
      const texts = depth <= 200 ? this.shallowNestedTexts : this.deepNestedTexts;
      texts.push(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      if (depth <= 12_000) texts.push(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    }
  }

  addTarget(identifier: string): void {
    this.targets.push(identifier);
    if (this.targets.length > 200) this.targets.shift();
  }

  // mulberry32: tiny, fast and good enough to cover the frame space evenly.
  random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  integer(below: number): number {
    return Math.floor(this.random() * below);
  }

  pick<Item>(items: readonly Item[]): Item {
    return items[this.integer(items.length)] as Item;
  }

  // One frame as it goes on the wire: text, or bytes for a binary frame.
  next(): string | Buffer {
    const roll = this.random();
    if (roll < 0.05) return this.garbageText();
    if (roll < 0.07) return Buffer.from(this.garbageText());
    if (roll < 0.073) return this.deeplyNested();
    if (roll < 0.45) return JSON.stringify(this.validFrame());
    return JSON.stringify(this.mutate(this.validFrame())).replace('"__nested__"', () =>
      this.pick(this.shallowNestedTexts),
    );
  }

  validFrame(): Record<string, unknown> {
    switch (this.integer(7)) {
      case 0:
        return {
          type: 'join',
          roomId: this.identifier(),
          token: this.identifier(),
          name: this.text(),
          ...(this.random() < 0.3 ? { peerId: this.identifier(), resumeToken: this.identifier() } : {}),
        };
      case 1:
        return { type: 'signal', to: this.identifier(), data: this.json(4) };
      case 2:
        return { type: 'broadcast', data: this.json(4) };
      case 3:
        return { type: 'admit', peerId: this.identifier() };
      case 4:
        return { type: 'deny', peerId: this.identifier() };
      case 5:
        // Rare: a leave ends the fuzzing connection's useful life.
        return this.random() < 0.1
          ? { type: 'leave' }
          : { type: 'signal', to: this.identifier(), data: null };
      default:
        return this.random() < 0.02 ? { type: 'end' } : { type: 'broadcast', data: this.text() };
    }
  }

  private mutate(frame: Record<string, unknown>): unknown {
    const keys = Object.keys(frame);
    const key = this.pick(keys);
    const copy: Record<string, unknown> = { ...frame };
    switch (this.integer(9)) {
      case 0:
        delete copy[key];
        return copy;
      case 1:
        copy[key] = this.json(3);
        return copy;
      case 2:
        copy[key] = 'x'.repeat(this.pick([0, 1, 80, 81, 128, 129, 256, 257, 5000]));
        return copy;
      case 3:
        copy.type = this.pick(['JOIN', 'kick', '', 'signal ', 'constructor', '__proto__', 7, null, ['join']]);
        return copy;
      case 4:
        return this.pick([[copy], `${JSON.stringify(copy)}`, 42, null, true]);
      case 5:
        return JSON.parse(
          `{"__proto__":{"admitted":true},"constructor":{"prototype":{}},${JSON.stringify(copy).slice(1)}`,
        );
      case 6:
        copy.data = '__nested__';
        return copy;
      case 7:
        copy[key] = this.pick(['\u202Egnp.exe', '\u0000', '\uD800', '👋'.repeat(40), ' '.repeat(90), 'a\nb']);
        return copy;
      default:
        copy[this.text()] = this.json(2);
        return copy;
    }
  }

  private identifier(): string {
    if (this.targets.length > 0 && this.random() < 0.6) return this.pick(this.targets);
    return this.pick(['', 'x', 'a'.repeat(128), 'a'.repeat(129), this.text(), String(this.integer(1e9))]);
  }

  private text(): string {
    const length = this.integer(24);
    let text = '';
    for (let index = 0; index < length; index += 1) {
      text += String.fromCodePoint(
        this.pick([32 + this.integer(95), this.integer(0x3000), 0x202e, 0x200b, 0x1f600]),
      );
    }
    return text;
  }

  private json(depth: number): unknown {
    const roll = this.integer(depth <= 0 ? 4 : 7);
    switch (roll) {
      case 0:
        return null;
      case 1:
        return this.pick([0, -1, 1e308, -0, 2 ** 53 + 1, 3.14]);
      case 2:
        return this.random() < 0.5;
      case 3:
        return this.text();
      case 4:
        return Array.from({ length: this.integer(4) }, () => this.json(depth - 1));
      default: {
        const value: Record<string, unknown> = {};
        for (let index = 0; index < this.integer(4); index += 1) value[this.text()] = this.json(depth - 1);
        return value;
      }
    }
  }

  // Deep enough (up to 30,000 levels, 60 KB) that a recursive walk of it overflows the stack.
  private deeplyNested(): string {
    const data = this.pick(this.deepNestedTexts);
    return this.random() < 0.5
      ? `{"type":"signal","to":"${this.identifier().replace(/["\\]/g, '')}","data":${data}}`
      : `{"type":"broadcast","data":${data}}`;
  }

  private garbageText(): string {
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      'null',
      'type',
      'join',
      '\\u0000',
      '\uFFFF',
      ' ',
      '1e999',
    ];
    let text = '';
    for (let index = 0; index < this.integer(40); index += 1) text += this.pick(pieces);
    return text;
  }
}
