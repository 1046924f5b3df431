import { expect, test } from '@playwright/test';
import { getDictionary, locales, type Locale } from '../../lib/i18n';
import { contactPath } from '../../lib/paths';

/** The request form's own text (the page and its scripts are searched for the other language's), which the other language's dictionary does not hold. */
function formText(locale: Locale): string[] {
  const { form } = getDictionary(locale).contact;
  return [form.intro, form.warningAdvice, form.copyFallback, form.warning.card, form.fields.whatHappened.hint, getDictionary(locale).site.disclaimer];
}

for (const locale of locales) {
  const other = locales.find((candidate) => candidate !== locale)!;

  test(`the request form on /${locale} loads no script carrying ${other} interface text`, async ({ context, page }) => {
    const scripts = new Map<string, Promise<string>>();
    context.on('response', (response) => {
      if (['script', 'document'].includes(response.request().resourceType())) scripts.set(response.url(), response.text().catch(() => ''));
    });
    await page.goto(contactPath(locale, 'declined', 'knet-page'));
    // The form is loaded in the browser only: wait for its first field.
    await expect(page.getByLabel(getDictionary(locale).contact.form.fields.whatHappened.label)).toBeVisible();
    await page.waitForLoadState('networkidle');

    const bodies = await Promise.all([...scripts].map(async ([url, body]) => ({ url, body: await body })));
    expect(bodies.length).toBeGreaterThan(0);
    const own = bodies.filter(({ body }) => formText(locale).some((text) => body.includes(text)));
    expect(own.length, 'the form’s own text arrives with the page').toBeGreaterThan(0);
    const leaks = bodies.flatMap(({ url, body }) => formText(other).filter((text) => body.includes(text)).map((text) => `${new URL(url).pathname}: “${text.slice(0, 40)}…”`));
    expect(leaks).toEqual([]);
  });
}
