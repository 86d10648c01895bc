// A table wider than the screen scrolls inside its card (app.css), and a keyboard can scroll it
// only when it takes focus (WCAG 2.1.1; axe: scrollable-region-focusable). Ant Design's tables do
// not, so every table that scrolls is given a tab stop (and loses it when it fits again, so a
// desktop page gets no extra stops). Checked once per frame after the page changes or resizes.
const SCROLLERS = '.ant-table-content, .ant-table-body';

function mark(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    if (scrolls && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.dataset.scrollRegion = 'true';
    } else if (!scrolls && el.dataset.scrollRegion) {
      el.removeAttribute('tabindex');
      delete el.dataset.scrollRegion;
    }
  }
}

export function focusableScrollRegions(root: HTMLElement): void {
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; mark(root); });
  };
  new MutationObserver(schedule).observe(root, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
}
