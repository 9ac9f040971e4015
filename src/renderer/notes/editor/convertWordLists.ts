const listStyle = /mso-list:\s*l(\d+)\s+level(\d+)/i;
const orderedMarker = /^\s*(\(?[0-9]+[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcdmIVXLCDM]+[.)])\s*$/;

function listInfo(element: Element): { list: string; level: number } | null {
  if (element.tagName !== 'P') return null;
  const match = listStyle.exec(
    element.getAttribute('data-paste-style') ?? element.getAttribute('style') ?? '',
  );
  if (!match) return null;
  return { list: match[1]!, level: Math.max(1, Math.min(9, Number(match[2]))) };
}

/** Removes Word's typed-out bullet ("·", "1.", "a)") and tells whether it was a number. */
function takeMarker(paragraph: Element): boolean {
  const ignored = [
    ...paragraph.querySelectorAll('[data-paste-style*="mso-list"], [style*="mso-list"]'),
  ].filter((element) =>
    /mso-list:\s*ignore/i.test(
      element.getAttribute('data-paste-style') ?? element.getAttribute('style') ?? '',
    ),
  );
  const markerText = ignored
    .map((element) => element.textContent ?? '')
    .join('')
    .replace(/\u00a0/g, ' ');
  for (const element of ignored) element.remove();
  return orderedMarker.test(markerText.trim() === '' ? '' : markerText.trim().split(/\s+/)[0]!);
}

/**
 * Word puts list items on the clipboard as paragraphs styled `mso-list: l0 level2 …` with a typed bullet, not as
 * <ul>/<ol>. This rebuilds real nested lists from runs of such paragraphs, so pasting from Word keeps them.
 */
export function convertWordLists(document: Document): void {
  const paragraphs = [...document.body.querySelectorAll('p')];
  let index = 0;
  while (index < paragraphs.length) {
    const first = paragraphs[index]!;
    if (!listInfo(first)) {
      index += 1;
      continue;
    }
    // A run: this paragraph and the list paragraphs that directly follow it as siblings.
    const run: Element[] = [first];
    let next = first.nextElementSibling;
    while (next && listInfo(next) && paragraphs[index + run.length] === next) {
      run.push(next);
      next = next.nextElementSibling;
    }
    index += run.length;
    const parent = first.parentNode!;
    const placeholder = document.createComment('list');
    parent.insertBefore(placeholder, first);
    const stack: Array<{ list: Element; level: number }> = [];
    let root: Element | null = null;
    for (const paragraph of run) {
      const { level } = listInfo(paragraph)!;
      const ordered = takeMarker(paragraph);
      while (stack.length > 0 && stack.at(-1)!.level > level) stack.pop();
      let current = stack.at(-1);
      if (!current || current.level < level) {
        const list = document.createElement(ordered ? 'ol' : 'ul');
        const lastItem = current?.list.lastElementChild;
        if (lastItem) lastItem.appendChild(list);
        else if (!root) root = list;
        else root.appendChild(list);
        current = { list, level };
        stack.push(current);
      }
      const item = document.createElement('li');
      const body = document.createElement('p');
      while (paragraph.firstChild) body.appendChild(paragraph.firstChild);
      item.appendChild(body);
      current.list.appendChild(item);
      paragraph.remove();
    }
    if (root) parent.replaceChild(root, placeholder);
    else placeholder.remove();
  }
}
