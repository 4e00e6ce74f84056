/**
 * Microdata items that are other things than the page's story: an embedded video's, a comment's or a product's
 * datePublished dates that thing, not the article (htmldate likewise reads only the article's own properties).
 */
import { attr, isElement, type Element, type Node } from '../../dom/tree.js';

const OTHER_ITEM =
  /(?:^|[/#])(?:VideoObject|ImageObject|AudioObject|MediaObject|Clip|Comment|UserComments|Review|Event|Product|Offer|Person|Organization|Rating|AggregateRating)$/;

/** Whether `el` opens an item (itemscope) of a type that is never the story itself. */
export function isOtherItem(el: Element): boolean {
  const type = attr(el, 'itemtype');
  return (
    type !== null &&
    attr(el, 'itemscope') !== null &&
    type
      .trim()
      .split(/\s+/)
      .every((t) => OTHER_ITEM.test(t))
  );
}

/** Whether the nearest item around `el` (itself included) is such another item. */
export function insideOtherItem(el: Element): boolean {
  for (let n: Node | null = el; n && isElement(n); n = (n as Element).parentNode as Node | null) {
    const e = n as Element;
    if (attr(e, 'itemscope') !== null) return isOtherItem(e);
  }
  return false;
}
