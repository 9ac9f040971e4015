// Open WebSockets per client address, so one machine cannot take every one of the server's connections.
export class AddressConnectionCounter {
  private readonly maximumPerAddress: number;
  private readonly counts = new Map<string, number>();

  constructor(maximumPerAddress: number) {
    this.maximumPerAddress = maximumPerAddress;
  }

  tryAdd(addressKey: string): boolean {
    const count = this.counts.get(addressKey) ?? 0;
    if (count >= this.maximumPerAddress) return false;
    this.counts.set(addressKey, count + 1);
    return true;
  }

  remove(addressKey: string): void {
    const count = (this.counts.get(addressKey) ?? 0) - 1;
    if (count > 0) this.counts.set(addressKey, count);
    else this.counts.delete(addressKey);
  }
}
