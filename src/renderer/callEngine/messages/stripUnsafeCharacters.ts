// Controls (C0, DEL, C1), bidi embeddings, overrides and isolates, and zero-width characters: they can reorder
// or hide what a person reads ("You" spelled backwards, an invisible name), so a peer's text never keeps them.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-disable no-control-regex -- matching control characters is the point */
const unsafeInName = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const unsafeInText =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */

/** Removes what a peer must not smuggle into a label or a chat line; `multiline` keeps line breaks (text only). */
export function stripUnsafeCharacters(value: string, multiline = false): string {
  const wellFormed = value.replace(loneSurrogate, '\ufffd');
  return multiline
    ? wellFormed.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(unsafeInText, '')
    : wellFormed
        .replace(/[\t\n\r\u2028\u2029]+/g, ' ')
        .replace(unsafeInName, '')
        .replace(/ {2,}/g, ' ');
}
