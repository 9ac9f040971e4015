/** How the index writes a stage: U+E000 then the id's UTF-8 in hex, a token no typed word produces. */
export function stageToken(stageId: string): string {
  return `\uE000${Buffer.from(stageId, 'utf8').toString('hex')}`;
}
