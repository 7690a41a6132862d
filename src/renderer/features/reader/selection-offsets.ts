/** Elements whose text is ours, not the article's (speaker labels, buttons): skipped when counting. */
export const extraAttribute = 'data-extra';

function paragraphOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-start]') ?? null;
}

/** The article-text offset of a DOM position inside a rendered paragraph, or null outside one. */
function offsetAt(node: Node, offset: number): number | null {
  const paragraph = paragraphOf(node);
  if (!paragraph) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  const fragment = before.cloneContents();
  fragment.querySelectorAll(`[${extraAttribute}]`).forEach((e) => e.remove());
  return Number(paragraph.dataset.start) + (fragment.textContent ?? '').length;
}

/**
 * Maps a selection in the rendered article back to offsets into its normalized text, so bookmarks
 * store exactly what the back end has. Null when the selection is not inside the article body.
 */
export function selectionOffsets(range: Range, body: HTMLElement): { start: number; end: number } | null {
  if (range.collapsed || !body.contains(range.commonAncestorContainer)) return null;
  const start = offsetAt(range.startContainer, range.startOffset);
  const end = offsetAt(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
