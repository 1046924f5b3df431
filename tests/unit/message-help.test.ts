import { describe, expect, it } from 'vitest';
import { messageContactStep, messageContactSteps } from '@/lib/contact/message-steps';
import { problems } from '@/lib/contact/routes';
import { renderMarkdown, type MarkdownLabels } from '@/lib/content/markdown';
import { messageInHeading } from '@/lib/content/message-help';
import { knownErrorMessages } from '@/lib/content/messages';
import { contactStepPaths } from '@/lib/contact/paths';

const labels: MarkdownLabels = {
  callout: { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' },
  opensInNewTab: '(new tab)',
  scrollableTable: 'Scrollable table',
  messageHelp: {
    step: (message) => messageContactStep('en', message),
    noteKnetIds: 'Note the IDs first.',
    stillStuck: 'Still stuck?',
    contactLink: 'Who can help',
  },
};

describe('a message section starts with what to do first and who can help', () => {
  it('finds the longest listed message a heading names, as whole words, in either language', () => {
    expect(messageInHeading('NOT CAPTURED', ['CAPTURED', 'NOT CAPTURED'])).toBe('NOT CAPTURED');
    expect(messageInHeading('CAPTURED', ['CAPTURED', 'NOT CAPTURED'])).toBe('CAPTURED');
    expect(messageInHeading('رمز تحقق غير صحيح: invalid OTP', ['invalid OTP'])).toBe('invalid OTP');
    expect(messageInHeading('Session time limit exceeded', ['session time limit exceeded'])).toBe('session time limit exceeded');
    expect(messageInHeading('What to do for each message', ['CAPTURED'])).toBeUndefined();
    expect(messageInHeading('UNCAPTURED funds', ['CAPTURED'])).toBeUndefined();
  });

  it('adds the box under a heading naming a listed message, and only there', () => {
    const source = '## What to do\n\nIntro.\n\n### NOT CAPTURED\n\nYour bank said no.\n\n### payment declined\n\nOn Amazon.\n\n### CANCELED\n\nNothing charged.\n';
    const rendered = renderMarkdown(source, { ...labels, messages: ['NOT CAPTURED', 'payment declined'] });
    expect(rendered.html).toContain(
      '<h3 id="not-captured"><span class="keep-whole" dir="ltr">NOT CAPTURED</span></h3><div class="callout callout-important message-help"><p class="message-help-first"><strong>Note the IDs first.</strong></p><p class="message-help-contact">Still stuck? <a href="/en/contact/knet-message/not-captured">Who can help</a></p></div>',
    );
    // Amazon's message: no KNET IDs to note, a link to the declined-payment question.
    expect(rendered.html).toContain('<h3 id="payment-declined">payment declined</h3><div class="callout callout-important message-help"><p class="message-help-contact">Still stuck? <a href="/en/contact/declined">');
    // CANCELED is a message, but this article does not list it.
    expect(rendered.html).toMatch(/<h3 id="canceled">CANCELED<\/h3>\s*<p>/);
    // Search indexes the article's own words only.
    expect(rendered.sections.map((section) => section.text).join(' ')).not.toContain('Who can help');
  });

  it('maps every known message to a step the contact router has', () => {
    const steps = new Set(contactStepPaths('en', problems));
    for (const message of knownErrorMessages) {
      const step = messageContactStep('en', message);
      expect(step, message).toBeDefined();
      expect(steps.has(step!.href), `${message} → ${step!.href}`).toBe(true);
    }
    expect(Object.keys(messageContactSteps).sort()).toEqual([...knownErrorMessages].sort());
    expect(messageContactStep('ar', 'not captured')).toEqual({ href: '/ar/contact/knet-message/not-captured', noteKnetIds: true });
    expect(messageContactStep('en', 'no such message')).toBeUndefined();
  });
});
