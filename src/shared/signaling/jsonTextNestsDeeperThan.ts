const quote = 0x22;
const backslash = 0x5c;
const openBracket = 0x5b;
const openBrace = 0x7b;
const closeBracket = 0x5d;
const closeBrace = 0x7d;

// Reads the nesting depth off the text in one pass, before JSON.parse: parsing 30,000 levels costs ~25 ms of CPU
// (a 64 KiB frame can hold that many), and anything that walks the result recursively overflows the stack.
// Brackets inside strings do not count; for text that is not JSON the answer does not matter, JSON.parse refuses it.
export function jsonTextNestsDeeperThan(text: string, maximumDepth: number): boolean {
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === quote) {
      // Strings (an SDP is one long one) are skipped with a native search rather than character by character.
      index = closingQuote(text, index + 1) + 1;
      if (index === 0) return false;
      continue;
    }
    if (code === openBracket || code === openBrace) {
      depth += 1;
      if (depth > maximumDepth) return true;
    } else if (code === closeBracket || code === closeBrace) {
      depth -= 1;
    }
    index += 1;
  }
  return false;
}

// The index of the quote that ends a string starting at `from`, or -1 if the text ends first.
function closingQuote(text: string, from: number): number {
  let candidate = text.indexOf('"', from);
  while (candidate !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(candidate - 1 - backslashes) === backslash) backslashes += 1;
    if (backslashes % 2 === 0) return candidate;
    candidate = text.indexOf('"', candidate + 1);
  }
  return -1;
}
