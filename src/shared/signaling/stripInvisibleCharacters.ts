// Line breaks and tabs become spaces; controls, bidi overrides and zero-width characters go, so a name cannot
// reorder the text around it (U+202E) or pose as someone else's label.
const lineBreaks = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/* eslint-disable no-control-regex -- matching control characters is the point */
const invisible =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
/* eslint-enable no-control-regex */

export function stripInvisibleCharacters(text: string): string {
  return text.replace(lineBreaks, ' ').replace(invisible, '');
}
