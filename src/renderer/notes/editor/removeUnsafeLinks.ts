import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isAllowedLink } from '../../../shared/notes/isAllowedLink.ts';

function cleanFragment(fragment: Fragment): Fragment {
  const children: ProseMirrorNode[] = [];
  fragment.forEach((child) => {
    let node = child;
    if (node.isText) {
      const marks = node.marks.filter((mark) => mark.type.name !== 'link' || isAllowedLink(mark.attrs.href));
      if (marks.length !== node.marks.length) node = node.mark(marks);
    } else if (node.content.size > 0) {
      node = node.copy(cleanFragment(node.content));
    }
    children.push(node);
  });
  return Fragment.fromArray(children);
}

/** A last guard on anything pasted: a link that is not http(s) or mailto keeps its text and loses the link. */
export function removeUnsafeLinks(slice: Slice): Slice {
  return new Slice(cleanFragment(slice.content), slice.openStart, slice.openEnd);
}
