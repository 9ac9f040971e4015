/**
 * Writes the duration into a WebM file's header. Chromium's MediaRecorder leaves it out (its stream has no end
 * when it starts), so a player shows no length and cannot seek well. `head` is the start of the file, holding
 * the EBML header and the Segment's Info (the first MediaRecorder chunk does); the Info element is rewritten
 * with a Duration (float64, in TimecodeScale units, milliseconds for Chromium) and the rest is kept as is.
 */
const ids = { segment: 0x18538067, info: 0x1549a966, duration: 0x4489, timecodeScale: 0x2ad7b1 };

type Vint = { value: number; width: number; unknown: boolean };

function readId(buffer: Buffer, position: number): Vint {
  const first = buffer[position];
  if (first === undefined || first === 0) throw new Error('Not a WebM header.');
  const width = Math.clz32(first) - 23;
  if (width > 4 || position + width > buffer.length) throw new Error('Not a WebM header.');
  let value = 0;
  for (let offset = 0; offset < width; offset += 1) value = value * 256 + buffer[position + offset]!;
  return { value, width, unknown: false };
}

function readSize(buffer: Buffer, position: number): Vint {
  const first = buffer[position];
  if (first === undefined || first === 0) throw new Error('Not a WebM header.');
  const width = Math.clz32(first) - 23;
  if (position + width > buffer.length) throw new Error('The WebM header is cut short.');
  let value = first & (0xff >> width);
  let allOnes = value === 0xff >> width;
  for (let offset = 1; offset < width; offset += 1) {
    const byte = buffer[position + offset]!;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, width, unknown: allOnes };
}

/** An 8-byte size field, so a grown element never needs a wider one. */
function sizeField(value: number): Buffer {
  const field = Buffer.alloc(8);
  field.writeBigUInt64BE(BigInt(value) | (1n << 56n));
  return field;
}

function durationElement(durationMs: number): Buffer {
  const element = Buffer.alloc(11);
  element.writeUInt16BE(ids.duration, 0);
  element[2] = 0x88;
  element.writeDoubleBE(durationMs, 3);
  return element;
}

export function setWebmDuration(head: Buffer, durationMs: number): Buffer {
  let position = 0;
  const ebml = readId(head, position);
  if (ebml.value !== 0x1a45dfa3) throw new Error('Not a WebM file.');
  position += ebml.width;
  const ebmlSize = readSize(head, position);
  position += ebmlSize.width + ebmlSize.value;

  const segmentId = readId(head, position);
  if (segmentId.value !== ids.segment) throw new Error('No Segment in the WebM header.');
  const segmentSizeAt = position + segmentId.width;
  const segmentSize = readSize(head, segmentSizeAt);
  position = segmentSizeAt + segmentSize.width;

  while (position < head.length) {
    const id = readId(head, position);
    const sizeAt = position + id.width;
    const size = readSize(head, sizeAt);
    const dataStart = sizeAt + size.width;
    if (id.value !== ids.info) {
      // Info comes before the first Cluster; an element of unknown size (a live Cluster) ends the search.
      if (size.unknown) break;
      position = dataStart + size.value;
      continue;
    }
    const dataEnd = dataStart + size.value;
    if (dataEnd > head.length) throw new Error('The WebM Info is cut short.');
    // A Duration already there (the file was repaired before) gets the new value in place.
    for (let child = dataStart; child < dataEnd;) {
      const childId = readId(head, child);
      const childSize = readSize(head, child + childId.width);
      const childData = child + childId.width + childSize.width;
      if (childId.value === ids.duration) {
        const copy = Buffer.from(head);
        if (childSize.value === 8) copy.writeDoubleBE(durationMs, childData);
        else if (childSize.value === 4) copy.writeFloatBE(durationMs, childData);
        else throw new Error('The WebM Duration has an odd size.');
        return copy;
      }
      child = childData + childSize.value;
    }
    const info = Buffer.concat([head.subarray(dataStart, dataEnd), durationElement(durationMs)]);
    const newInfo = Buffer.concat([head.subarray(position, sizeAt), sizeField(info.length), info]);
    const grownBy = newInfo.length - (dataEnd - position);
    const segmentField = segmentSize.unknown
      ? head.subarray(segmentSizeAt, segmentSizeAt + segmentSize.width)
      : sizeField(segmentSize.value + grownBy);
    return Buffer.concat([
      head.subarray(0, segmentSizeAt),
      segmentField,
      head.subarray(segmentSizeAt + segmentSize.width, position),
      newInfo,
      head.subarray(dataEnd),
    ]);
  }
  throw new Error('No Info in the WebM header.');
}

/** The Duration the header gives, in milliseconds, or null when there is none (for tests and checks). */
export function webmDurationOf(head: Buffer): number | null {
  let position = 0;
  const ebml = readId(head, position);
  position += ebml.width;
  const ebmlSize = readSize(head, position);
  position += ebmlSize.width + ebmlSize.value;
  const segmentId = readId(head, position);
  position += segmentId.width;
  position += readSize(head, position).width;
  while (position < head.length) {
    const id = readId(head, position);
    const size = readSize(head, position + id.width);
    const dataStart = position + id.width + size.width;
    if (id.value === ids.info) {
      for (let child = dataStart; child < dataStart + size.value;) {
        const childId = readId(head, child);
        const childSize = readSize(head, child + childId.width);
        const childData = child + childId.width + childSize.width;
        if (childId.value === ids.duration)
          return childSize.value === 8 ? head.readDoubleBE(childData) : head.readFloatBE(childData);
        child = childData + childSize.value;
      }
      return null;
    }
    if (size.unknown) return null;
    position = dataStart + size.value;
  }
  return null;
}
