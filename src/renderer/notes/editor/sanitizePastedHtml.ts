import { isAllowedLink } from '../../../shared/notes/isAllowedLink.ts';
import { convertWordLists } from './convertWordLists.ts';

/** Elements whose content is never note text: code, styling, embedded objects, forms, metadata. */
const droppedElements =
  'script, style, link, meta, title, base, iframe, frame, frameset, object, embed, applet, noscript, template, ' +
  'svg, math, canvas, video, audio, source, track, img, picture, form, input, button, select, option, textarea, ' +
  'dialog, portal, head';

/** Attributes the editor's own schema reads back when notes are copied within Rapport. */
const keptAttributes = new Set([
  'href',
  'start',
  'data-type',
  'data-checked',
  'data-kit-question',
  'data-question-id',
  'data-question-text',
  'data-question-guidance',
  'data-timestamp',
  'data-seconds',
  'data-at',
  'data-evidence',
  'colspan',
  'rowspan',
]);

const boldWeight = /^(bold(er)?|[6-9]\d\d)$/i;

/**
 * Renames `style` and `on…` attributes before the HTML is parsed, and drops <style> elements. Even an inert
 * document applies inline styles and wires event handlers, which the app's CSP then blocks and reports; renamed,
 * styles stay readable text that we interpret ourselves and handlers are plain, dropped attributes.
 */
function disarmAttributes(html: string): string {
  return html
    .replace(/<style[\s>][\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) =>
      tag
        .replace(/(\s)style(\s*=)/gi, '$1data-paste-style$2')
        .replace(/(\s)on([a-z]+\s*=)/gi, '$1data-paste-on$2'),
    );
}

function declarations(element: Element): Map<string, string> {
  const found = new Map<string, string>();
  for (const declaration of (element.getAttribute('data-paste-style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0)
      found.set(
        declaration.slice(0, colon).trim().toLowerCase(),
        declaration
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return found;
}

/** Turns inline formatting carried in `style` (Google Docs, web pages) into tags the schema understands. */
function wrapStyledText(element: Element): void {
  const style = declarations(element);
  const weight = style.get('font-weight') ?? '';
  // Google Docs wraps the whole paste in <b style="font-weight:normal">: that is not bold.
  if (element.tagName === 'B' && (weight === 'normal' || weight === '400')) {
    const span = element.ownerDocument.createElement('span');
    while (element.firstChild) span.appendChild(element.firstChild);
    element.replaceWith(span);
    return;
  }
  if (element.tagName !== 'SPAN') return;
  const wrappers: string[] = [];
  if (boldWeight.test(weight)) wrappers.push('strong');
  if (style.get('font-style') === 'italic') wrappers.push('em');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  if (decoration.includes('underline')) wrappers.push('u');
  if (decoration.includes('line-through')) wrappers.push('s');
  for (const tag of wrappers) {
    const wrapper = element.ownerDocument.createElement(tag);
    while (element.firstChild) wrapper.appendChild(element.firstChild);
    element.appendChild(wrapper);
  }
}

/**
 * Cleans HTML from the clipboard before the editor parses it: no scripts, styles, event handlers or embedded
 * content, no `javascript:` or other non-web links, Word's fake lists turned into real ones and inline-styled
 * bold/italic turned into tags. Parsed in an inert document, so nothing in it runs or loads. The editor's
 * schema then drops whatever else it does not know.
 */
export function sanitizePastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(disarmAttributes(html), 'text/html');
  for (const element of document.querySelectorAll(droppedElements)) element.remove();
  convertWordLists(document);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) comments.push(node);
    else elements.push(node as Element);
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const element of elements) {
    wrapStyledText(element);
    for (const name of element.getAttributeNames()) {
      if (!keptAttributes.has(name)) element.removeAttribute(name);
    }
    if (
      element.hasAttribute('href') &&
      !(element.tagName === 'A' && isAllowedLink(element.getAttribute('href')))
    ) {
      element.removeAttribute('href');
    }
  }
  return document.body.innerHTML;
}
