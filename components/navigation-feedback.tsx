/**
 * Feedback for a tap that leaves the page, on a slow phone and a slow connection: the link looks
 * pressed from the moment it is touched (`data-pending` on it) and, once it is followed, a thin bar
 * runs along the top of the screen (`data-navigating` on <html>) until the next page is there. The
 * look is CSS (app/globals.css, "Navigation feedback"); this is the one listener that sets the two
 * attributes.
 *
 * It is an inline script rather than a client component because a reader on a slow connection taps
 * long before the page's JavaScript has arrived and hydrated (seconds on Slow 3G): a listener in a
 * React leaf would miss exactly those taps. It loads no chunk and needs nothing from React.
 */

/** Runs in the browser as written: self-contained, no imports, no closures over module scope. */
function navigationFeedback(statusId: string, announceAfterMs: number) {
  const root = document.documentElement;
  let pressed: Element | null = null;
  let timer = 0;
  let leaving = '';

  const release = () => {
    pressed?.removeAttribute('data-pending');
    pressed = null;
  };
  const done = () => {
    release();
    leaving = '';
    root.removeAttribute('data-navigating');
    clearTimeout(timer);
    const status = document.getElementById(statusId);
    if (status) status.textContent = '';
  };
  /** The link an event would follow to another page of this site in this tab, if any. */
  const linkOf = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
    const url = new URL(link.href, location.href);
    const samePage = url.pathname === location.pathname && url.search === location.search;
    return url.origin === location.origin && !samePage ? link : null;
  };
  /** Client-side navigations change the address when the new page is shown; a full load replaces this document. */
  const watch = () => {
    if (!leaving) return;
    if (location.href !== leaving) done();
    else requestAnimationFrame(watch);
  };
  const start = () => {
    if (leaving) return;
    leaving = location.href;
    root.setAttribute('data-navigating', '');
    const status = document.getElementById(statusId);
    // Said only when the wait is long enough to wonder about; a quick page change says nothing.
    timer = window.setTimeout(() => {
      if (status && leaving) status.textContent = status.dataset.text ?? '';
    }, announceAfterMs);
    requestAnimationFrame(watch);
  };

  document.addEventListener(
    'pointerdown',
    (event) => {
      const link = linkOf(event);
      if (!link || leaving) return;
      release();
      pressed = link;
      link.setAttribute('data-pending', '');
    },
    true,
  );
  // A touch that turns into a scroll, or a press released off the link, follows nothing.
  document.addEventListener('pointercancel', () => leaving || release(), true);
  document.addEventListener('pointerup', () => setTimeout(() => leaving || release(), 300), true);
  document.addEventListener(
    'click',
    (event) => {
      const link = linkOf(event);
      if (!link) return;
      if (pressed !== link) {
        release();
        pressed = link;
        link.setAttribute('data-pending', '');
      }
      start();
    },
    true,
  );
  // Back to a page kept in the browser's cache: it is shown as it was left, so start clean.
  window.addEventListener('pageshow', done);
  window.addEventListener('popstate', () => requestAnimationFrame(done));
}

/** The layout's one inline script of its own (tests tell it from Next.js's by this id). */
export const navigationScriptId = 'navigation-feedback';

/** The element screen readers hear "Loading…" from, when a page is slow to come. */
export const navigationStatusId = 'navigation-status';

/** Said once a page has taken this long: shorter waits are the normal case and need no words. */
const announceAfterMs = 2000;

export function NavigationFeedback({ loadingText }: { loadingText: string }) {
  return (
    <>
      <script
        id={navigationScriptId}
        // The function's own source, called with its two settings: one copy of the code, type-checked.
        dangerouslySetInnerHTML={{ __html: `(${navigationFeedback.toString()})(${JSON.stringify(navigationStatusId)},${announceAfterMs})` }}
      />
      <p id={navigationStatusId} role="status" className="sr-only" data-text={loadingText} suppressHydrationWarning />
    </>
  );
}
