import type { ApiFieldIssue } from '../contract/ApiError.ts';
import { isAllowedLink } from './isAllowedLink.ts';
import { noteLimits } from './noteLimits.ts';
import { noteSchemaNames } from './noteSchemaNames.ts';

const nodeNames = new Set<string>(noteSchemaNames.nodes);
const markNames = new Set<string>(noteSchemaNames.marks);
const kitPartIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

type AttributeCheck = (value: unknown) => boolean;

const isString = (value: unknown) => typeof value === 'string' && value.length <= noteLimits.attributeText;
const isOptionalString = (value: unknown) => value === null || value === undefined || isString(value);
const isOptionalInteger = (value: unknown) =>
  value === null || value === undefined || Number.isSafeInteger(value);

/** Attributes whose meaning we rely on; anything else must at least be a short primitive. */
const knownAttributes: Record<string, Record<string, AttributeCheck>> = {
  heading: { level: (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6 },
  orderedList: { start: isOptionalInteger, type: isOptionalString },
  taskItem: { checked: (value) => typeof value === 'boolean' },
  codeBlock: { language: isOptionalString },
  kitQuestion: {
    questionId: (value) => value === null || (typeof value === 'string' && kitPartIdPattern.test(value)),
    text: isString,
    guidance: isOptionalString,
  },
  timestamp: {
    seconds: (value) => value === null || (Number.isSafeInteger(value) && (value as number) >= 0),
    at: isOptionalString,
    label: (value) => typeof value === 'string' && value.length > 0 && value.length <= 16,
  },
  link: {
    href: isAllowedLink,
    target: isOptionalString,
    rel: isOptionalString,
    class: isOptionalString,
    title: isOptionalString,
  },
  evidence: { attributeId: (value) => typeof value === 'string' && kitPartIdPattern.test(value) },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isPrimitive(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && value.length <= 256)
  );
}

/**
 * Checks that a value is a note document this app can store, index, export and render: only known nodes and
 * marks, sane attributes, allowed links, bounded depth and size. Walks iteratively so no input can overflow
 * the stack. Returns the issues found (at most a few, with paths relative to the document), or an empty list.
 */
export function validateNoteDocument(value: unknown): ApiFieldIssue[] {
  const issues: ApiFieldIssue[] = [];
  const fail = (path: string, message: string) => {
    if (issues.length < 5) issues.push({ path, message });
  };
  if (!isPlainObject(value) || value.type !== 'doc') {
    fail('', 'A note document must be an object of type "doc"');
    return issues;
  }
  let nodes = 0;
  // Paths are only spelled out for a problem, so a valid 20,000-word note costs one light pass.
  type Frame = { node: unknown; depth: number; parent: Frame | null; index: number };
  const pathOf = (frame: Frame, field?: string): string => {
    const parts: string[] = field === undefined ? [] : [field];
    for (let current: Frame | null = frame; current?.parent; current = current.parent)
      parts.unshift(`content.${current.index}`);
    return parts.join('.');
  };
  const stack: Frame[] = [{ node: value, depth: 0, parent: null, index: 0 }];
  while (stack.length > 0 && issues.length === 0) {
    const frame = stack.pop()!;
    const { node, depth } = frame;
    nodes += 1;
    if (nodes > noteLimits.nodes) {
      fail('', `A note may hold at most ${noteLimits.nodes} nodes`);
      break;
    }
    if (depth > noteLimits.depth) {
      fail(pathOf(frame), `A note may nest at most ${noteLimits.depth} levels deep`);
      break;
    }
    if (!isPlainObject(node)) {
      fail(pathOf(frame), 'Each node must be an object');
      break;
    }
    for (const key in node) {
      if (key !== 'type' && key !== 'attrs' && key !== 'content' && key !== 'marks' && key !== 'text') {
        fail(pathOf(frame), `Unknown node field "${key.slice(0, 40)}"`);
      }
    }
    const type = node.type;
    if (typeof type !== 'string' || !nodeNames.has(type)) {
      fail(pathOf(frame, 'type'), 'Unknown node type');
      break;
    }
    if ((type === 'doc') !== (depth === 0)) fail(pathOf(frame), 'Only the root may be a "doc"');
    if (node.attrs !== undefined || type === 'link' || type === 'evidence') {
      checkAttributes(type, node.attrs, () => pathOf(frame, 'attrs'), fail);
    }
    if (type === 'text') {
      if (typeof node.text !== 'string' || node.text.length === 0)
        fail(pathOf(frame, 'text'), 'Text must be a non-empty string');
      if (node.content !== undefined) fail(pathOf(frame, 'content'), 'Text cannot have content');
      if (node.marks !== undefined) {
        if (!Array.isArray(node.marks) || node.marks.length > noteLimits.marksPerText) {
          fail(pathOf(frame, 'marks'), `Marks must be a list of at most ${noteLimits.marksPerText}`);
        } else {
          node.marks.forEach((mark, index) => {
            const markPath = () => pathOf(frame, `marks.${index}`);
            if (!isPlainObject(mark) || typeof mark.type !== 'string' || !markNames.has(mark.type)) {
              fail(markPath(), 'Unknown mark');
              return;
            }
            for (const key in mark) {
              if (key !== 'type' && key !== 'attrs')
                fail(markPath(), `Unknown mark field "${key.slice(0, 40)}"`);
            }
            checkAttributes(mark.type, mark.attrs, () => `${markPath()}.attrs`, fail);
          });
        }
      }
      continue;
    }
    if (node.text !== undefined) fail(pathOf(frame, 'text'), 'Only text nodes carry text');
    if (node.marks !== undefined && !(Array.isArray(node.marks) && node.marks.length === 0)) {
      fail(pathOf(frame, 'marks'), 'Only text nodes carry marks');
    }
    if (node.content === undefined) continue;
    if (!Array.isArray(node.content)) {
      fail(pathOf(frame, 'content'), 'Content must be a list');
      continue;
    }
    for (let index = node.content.length - 1; index >= 0; index -= 1) {
      stack.push({ node: node.content[index], depth: depth + 1, parent: frame, index });
    }
  }
  return issues;
}

function checkAttributes(
  type: string,
  attributes: unknown,
  path: () => string,
  fail: (path: string, message: string) => void,
): void {
  if (attributes === undefined) {
    if (type === 'link' || type === 'evidence') fail(path(), 'Missing attributes');
    return;
  }
  if (!isPlainObject(attributes)) {
    fail(path(), 'Attributes must be an object');
    return;
  }
  const known = knownAttributes[type];
  let count = 0;
  for (const key in attributes) {
    count += 1;
    if (known && Object.hasOwn(known, key)) continue;
    if (key.length > 40 || !isPrimitive(attributes[key]))
      fail(`${path()}.${key.slice(0, 40)}`, 'Invalid attribute');
  }
  if (count > 12) fail(path(), 'Too many attributes');
  if (!known) return;
  for (const key in known) {
    if (!known[key]!(attributes[key])) {
      fail(
        `${path()}.${key}`,
        key === 'href' ? 'Links must be http, https or mailto addresses' : 'Invalid value',
      );
    }
  }
}
