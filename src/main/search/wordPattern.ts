/** What unicode61 treats as a word: letters, numbers and private-use characters, with their combining marks. */
export const wordPattern = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{M}\p{Co}]*/gu;
