'use client';

import { useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Locale } from '@/lib/i18n/config';
import type { SearchIndexLocation } from '@/lib/search-index';
import { searchPath, secretRemovedPath } from '@/lib/paths';
import type { SearchDialogProps } from './search-dialog';
import { loadSearch } from './load-search';
import type { SearchText } from './search-text-types';

let dialogModule: Promise<ComponentType<SearchDialogProps>> | undefined;
/** One dialog at a time across every search box on the page (header and hero). */
let dialogOpen = false;

/** The dialog's code, fuse.js and the index: fetched on first focus or shortcut, never with the page. */
function preloadSearch(locale: Locale, index: SearchIndexLocation): Promise<ComponentType<SearchDialogProps>> {
  if (!dialogModule) {
    dialogModule = import('./search-dialog').then((module) => module.SearchDialog);
    dialogModule.catch(() => {
      dialogModule = undefined;
    });
  }
  // The engine loads in the background; the dialog shows "Loading search…" until it is ready.
  loadSearch(locale, index).catch(() => undefined);
  return dialogModule;
}

/** Times the dialog's code is asked for, a lost request asked again, before the box is left to submit its form. */
const maxDialogAttempts = 3;

/** True when a key press is typing into something, so "/" must not open search. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

interface OpenDialog {
  Dialog: ComponentType<SearchDialogProps>;
  query: string;
}

/**
 * The input of a search box. The form around it is plain HTML and works without JavaScript; with it,
 * typing or tapping opens the search dialog, the header's box listens for Ctrl+K, ⌘K and "/", and a
 * query sent before the dialog is open goes to the results page without its card numbers, codes and
 * personal numbers (`stripSecrets`, loaded then: the detector is not part of the page's first load).
 */
export function SearchBoxInput({
  id,
  locale,
  variant,
  placeholder,
  hintId,
  text,
  index,
  children,
}: {
  id: string;
  locale: Locale;
  variant: 'header' | 'hero';
  placeholder: string;
  /** The element that tells screen-reader users about the keyboard shortcuts, if any. */
  hintId?: string;
  /** The dialog's text in the page's language. */
  text: SearchText;
  /** Where the locale's index is. */
  index: SearchIndexLocation;
  /** The submit button, rendered on the server. */
  children: ReactNode;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  /** Search cannot load without a connection: said under the box, since the dialog's own code may not be here yet. */
  const [offline, setOffline] = useState(false);
  const [open, setOpen] = useState<OpenDialog | undefined>();
  const opening = useRef(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const offlineId = `${id}-offline`;

  const openDialog = useCallback(
    function open(focusAfterClose: HTMLElement | null, attempt = 1) {
      if (opening.current || dialogOpen) return;
      opening.current = dialogOpen = true;
      returnFocus.current = focusAfterClose;
      preloadSearch(locale, index).then(
        (Dialog) => {
          // Read the box when the dialog is ready: the reader may have typed on while it loaded.
          setOpen({ Dialog, query: inputRef.current?.value ?? '' });
        },
        () => {
          // Without the dialog the form still submits to the results page.
          opening.current = dialogOpen = false;
          if (!navigator.onLine) setOffline(true);
          // A request lost on a bad connection: asked for again while the reader's words wait in the
          // box, since the typing may be over and nothing else would ask.
          else if (attempt < maxDialogAttempts) {
            window.setTimeout(() => {
              const input = inputRef.current;
              if (input && document.activeElement === input && input.value.trim()) open(input, attempt + 1);
            }, 1500 * attempt);
          }
        },
      );
    },
    [locale, index],
  );

  useEffect(() => {
    if (!offline) return;
    const online = () => setOffline(false);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [offline]);

  const handOver = useCallback(() => inputRef.current, []);

  // Typed into before the page could answer (a slow connection, a slow phone): the box holds text
  // that opened nothing. Open the dialog with it now, as typing would have.
  useEffect(() => {
    const input = inputRef.current;
    if (input && document.activeElement === input && input.value.trim()) openDialog(input);
  }, [openDialog]);

  const closeDialog = useCallback((query: string, navigated: boolean) => {
    const input = inputRef.current;
    if (input) input.value = navigated ? '' : query;
    setOpen(undefined);
    opening.current = dialogOpen = false;
    if (!navigated) returnFocus.current?.focus({ preventScroll: true });
    returnFocus.current = null;
  }, []);

  // A box that goes away with its dialog open (the back button, say) must not block the next one.
  useEffect(
    () => () => {
      if (opening.current) dialogOpen = false;
    },
    [],
  );

  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const value = inputRef.current?.value ?? '';
      import('@/lib/secrets').then(
        ({ stripSecrets }) => {
          const stripped = stripSecrets(value);
          const query = stripped.text.trim();
          window.location.assign(stripped.kinds.length > 0 ? secretRemovedPath(locale, query) : searchPath(locale, query));
        },
        () => setOffline(true),
      );
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, [locale]);

  useEffect(() => {
    if (variant !== 'header') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || dialogOpen) return;
      // `code` keeps the shortcut on the K key with an Arabic (or any other) keyboard layout.
      const onK = event.key.toLowerCase() === 'k' || event.code === 'KeyK';
      const modifierK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && onK;
      // On an Arabic layout the "/" key types ظ: the shortcut follows the key there too.
      const slashKey = event.key === '/' || (event.code === 'Slash' && /^[\u0600-\u06ff]$/.test(event.key));
      const slash = slashKey && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (!modifierK && !slash) return;
      event.preventDefault();
      openDialog(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [variant, openDialog]);

  const hero = variant === 'hero';
  return (
    <>
      <div className="relative flex gap-2">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className={`pointer-events-none absolute start-3 top-1/2 -translate-y-1/2 fill-none stroke-current stroke-2 text-[var(--muted-fg)] ${hero ? 'size-6' : 'size-5'}`}
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <input
          ref={inputRef}
          id={id}
          name="q"
          type="search"
          placeholder={placeholder}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={200}
          aria-haspopup="dialog"
          aria-keyshortcuts={variant === 'header' ? 'Control+K Meta+K /' : undefined}
          aria-describedby={[offline ? offlineId : '', hintId ?? ''].filter(Boolean).join(' ') || undefined}
          onFocus={() => {
            setOffline(!navigator.onLine);
            preloadSearch(locale, index).catch(() => undefined);
          }}
          onClick={(event) => openDialog(event.currentTarget)}
          onInput={(event) => {
            if (event.currentTarget.value.trim()) openDialog(event.currentTarget);
          }}
          className={`w-full min-w-0 flex-1 rounded-lg border border-[var(--border)] bg-[var(--page-bg)] ps-10 pe-3 text-[var(--page-fg)] placeholder:text-[var(--muted-fg)] focus-visible:border-[var(--focus)] ${hero ? 'min-h-14 text-lg' : 'min-h-11 text-base'}`}
        />
        {children}
      </div>
      {offline && (
        <p id={offlineId} role="status" className="mt-2 text-sm font-medium">
          {text.offline}
        </p>
      )}
      {open &&
        createPortal(
          <open.Dialog locale={locale} text={text} index={index} initialQuery={open.query} handOver={handOver} onClose={closeDialog} />,
          document.body,
        )}
    </>
  );
}
