import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formFieldsFor } from '@/lib/contact/form';
import { buildSummary, checkField, formatDateValue } from '@/lib/contact/summary';

const fields = [
  { id: 'whatHappened', label: 'What happened' },
  { id: 'message', label: 'The exact message shown' },
  { id: 'date', label: 'Date' },
  { id: 'time', label: 'Time' },
  { id: 'amount', label: 'Amount' },
  { id: 'orderNumber', label: 'Amazon order number' },
  { id: 'paymentId', label: 'KNET Payment ID' },
  { id: 'trackId', label: 'Track ID' },
] as const;

describe('the request form', () => {
  it('always asks what happened, and only for what the checklist needs', () => {
    expect(formFieldsFor(['accountEmail'])).toEqual(['whatHappened']);
    expect(formFieldsFor(['knetIds', 'dateTime'])).toEqual(['whatHappened', 'date', 'time', 'paymentId', 'trackId']);
    expect(formFieldsFor(['orderNumber', 'amount', 'message'])).toEqual(['whatHappened', 'message', 'amount', 'orderNumber']);
  });

  it('reads each field in its own context', () => {
    expect(checkField('amount', '1234').kinds).toEqual([]);
    expect(checkField('whatHappened', 'my PIN is 1234').kinds).toEqual(['pin']);
    expect(checkField('paymentId', '100202329061651368').kinds).toEqual([]);
    expect(checkField('paymentId', '4242 4242 4242 4242')).toEqual({ kinds: ['card'], masked: '•••• 4242' });
    expect(checkField('date', '2026-11-21').kinds).toEqual([]);
  });
});

describe('the summary', () => {
  it('lists the filled fields under a heading, with the date written out', () => {
    const { text, masked } = buildSummary({
      heading: 'Support request: Payment declined on the KNET payment page',
      fields,
      values: {
        whatHappened: 'I paid for a gift card and the page said NOT CAPTURED.',
        message: 'NOT CAPTURED',
        date: '2026-11-21',
        time: '14:05',
        amount: 'KD 12.500',
        paymentId: '100202329061651368',
        trackId: '482913',
        orderNumber: '   ',
      },
      dateLocale: 'en-GB',
    });
    expect(masked).toBe(false);
    expect(text).toBe(
      [
        'Support request: Payment declined on the KNET payment page',
        '',
        'What happened: I paid for a gift card and the page said NOT CAPTURED.',
        'The exact message shown: NOT CAPTURED',
        'Date: 21 November 2026',
        'Time: 14:05',
        'Amount: KD 12.500',
        'KNET Payment ID: 100202329061651368',
        'Track ID: 482913',
      ].join('\n'),
    );
  });

  it('never contains a full card number, a CVV, a PIN or an OTP', () => {
    const { text, masked } = buildSummary({
      heading: 'Support request: Card declined on Amazon',
      fields,
      values: {
        whatHappened: 'My card 4111 1111 1111 1111 was declined. The bank sent OTP 482913 and my PIN is 1234.',
        orderNumber: '4242424242424242',
        amount: 'KD 25, CVV 123',
      },
      dateLocale: 'en-GB',
    });
    expect(masked).toBe(true);
    expect(text).toContain('What happened: My card •••• 1111 was declined. The bank sent OTP ••• and my PIN is •••.');
    expect(text).toContain('Amazon order number: •••• 4242');
    expect(text).toContain('Amount: KD 25, CVV •••');
    for (const secret of ['4111 1111 1111 1111', '4242424242424242', '482913', '1234', '123']) expect(text).not.toContain(secret);
  });

  it('is only the heading when nothing is filled in', () => {
    expect(buildSummary({ heading: 'Support request: Something else', fields, values: {}, dateLocale: 'en-GB' }).text).toBe('Support request: Something else');
  });

  it('shows a date that is not a real day as typed', () => {
    expect(formatDateValue('2026-02-30', 'en-GB')).toBe('2026-02-30');
    expect(formatDateValue('yesterday', 'en-GB')).toBe('yesterday');
  });
});

describe('the request form sends and stores nothing', () => {
  it('has no network, storage or URL code in the browser component or what it imports', () => {
    for (const file of ['components/contact/request-summary-client.tsx', 'components/contact/request-summary-form.tsx', 'lib/contact/summary.ts', 'lib/secrets/index.ts', 'lib/contact/form.ts']) {
      const source = readFileSync(file, 'utf8');
      for (const forbidden of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'localStorage', 'sessionStorage', 'indexedDB', 'document.cookie', 'history.', 'location.', 'useRouter', 'useSearchParams']) {
        expect(source, `${file} uses ${forbidden}`).not.toContain(forbidden);
      }
    }
  });
});
