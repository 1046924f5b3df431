import { describe, expect, it } from 'vitest';
import { splitKeepWhole } from '@/lib/content/keep-whole';
import { renderMarkdown, type MarkdownLabels } from '@/lib/content/markdown';

const labels: MarkdownLabels = {
  callout: { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' },
  opensInNewTab: '(new tab)',
  scrollableTable: 'Scrollable table',
};

/** The pieces of text the renderer keeps whole. */
const kept = (text: string) => splitKeepWhole(text).flatMap((part) => (part.type === 'element' && part.children[0]?.type === 'text' ? [part.children[0].value] : []));

describe('addresses and codes kept whole', () => {
  it('finds host names with their hyphens, a leading dot and a path, and not the punctuation after them', () => {
    expect(kept('on kpay.com.kw itself or end in .kpay.com.kw, with a dot (secure-kpay.com.kw and kpay.com.kw.example.com are fakes).')).toEqual([
      'kpay.com.kw',
      '.kpay.com.kw',
      'secure-kpay.com.kw',
      'kpay.com.kw.example.com',
    ]);
    expect(kept('Report it at amazon.com/reportascam. Or https://www.knet.com.kw/path?x=1.')).toEqual(['amazon.com/reportascam', 'https://www.knet.com.kw/path?x=1']);
  });

  it('finds them inside Arabic text and its isolates', () => {
    expect(kept('أو على عنوان ينتهي بـ«\u2068.kpay.com.kw\u2069»، أي بنقطة، مثل pay.amazon.com،')).toEqual(['.kpay.com.kw', 'pay.amazon.com']);
    // The isolate's closing mark (PDI) after a path stays outside the left-to-right element.
    expect(kept('عبر \u2068amazon.com/reportascam\u2069.')).toEqual(['amazon.com/reportascam']);
  });

  it('keeps KNET message names in capitals and the names of the two KNET references', () => {
    expect(kept('Status: NOT CAPTURED. Give the Payment ID and Track ID, or HOST TIMEOUT')).toEqual(['NOT CAPTURED', 'Payment ID', 'Track ID', 'HOST TIMEOUT']);
  });

  it('leaves abbreviations, numbers, versions and e-mail addresses alone', () => {
    expect(kept('e.g. this, i.e. that, version 1.4 of K-064, 3.5 KD, user@evil.example, Mr. Smith')).toEqual([]);
  });

  it('renders a wrapped, left-to-right element and marks inline code, in both directions', () => {
    const english = renderMarkdown('Fakes: secure-kpay.com.kw and `kpay.com.kw.example.com`.', labels).html;
    expect(english).toBe('<p>Fakes: <span class="keep-whole" dir="ltr">secure-kpay.com.kw</span> and <code class="keep-whole" dir="ltr">kpay.com.kw.example.com</code>.</p>');
    const arabic = renderMarkdown('أما secure-kpay.com.kw و `kpay.com.kw` فمزيفان.', { ...labels, dir: 'rtl' }).html;
    expect(arabic).toContain('<span class="keep-whole" dir="ltr">secure-kpay.com.kw</span>');
    expect(arabic).toContain('<code dir="ltr" class="nowrap keep-whole">kpay.com.kw</code>');
  });

  it('lets an address too long for a 320px line break where it must', () => {
    const output = renderMarkdown('See https://www.example.com/a/very/long/path/to/a/page for it.', labels).html;
    expect(output).toContain('<span class="keep-whole keep-whole-long" dir="ltr">https://www.example.com/a/very/long/path/to/a/page</span>');
  });

  it('wraps the text of a link, not the link', () => {
    const output = renderMarkdown('See [knet.com.kw](https://www.knet.com.kw/).', labels).html;
    expect(output).toContain('<a href="https://www.knet.com.kw/" target="_blank" rel="noopener noreferrer external" class="external-link"><span class="keep-whole" dir="ltr">knet.com.kw</span>');
  });
});
