import { isLocale, locales } from '../../i18n';
import { parsePath } from '../../paths';
import { hint, type ContentProblem } from '../problems';
import type { Article, LocaleSource } from '../read';
import { hasUserInfo, userInfoMessage } from '../schema';
import { articlesBySlug } from './articles-by-slug';
import { localeSources, type ContentRule, type RuleContext } from './rule';

export const internalLinks: ContentRule = {
  id: 'internal-links',
  description:
    'links lead somewhere real: site paths with a locale to published articles, their headings and categories; https and mailto only, no user name before the host',
  check(context) {
    const problems: ContentProblem[] = [];
    for (const source of localeSources(context)) {
      for (const { article, rendered } of source.articles) {
        for (const link of rendered.links) {
          const reason = brokenLinkReason(link.url, article, context.locales);
          if (reason) problems.push({ file: article.file, field: 'body', line: link.line, message: `link "${link.url}" ${reason}` });
        }
      }
    }
    return problems;
  },
};

const unsafeUrl = /^\s*(javascript|vbscript|data|file):/i;

function brokenLinkReason(url: string, from: Article, sources: RuleContext['locales']): string | undefined {
  if (unsafeUrl.test(url)) return 'uses an unsafe scheme and will be removed';
  if (/^https?:/i.test(url)) return hasUserInfo(url) ? userInfoMessage : undefined;
  if (/^mailto:/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return 'uses a scheme the site does not link to (use https://)';

  const [pathPart = '', encodedAnchor] = url.split('#') as [string, string | undefined];
  // Non-Latin heading ids (Arabic) reach the link percent-encoded.
  const anchor = encodedAnchor === undefined ? undefined : safeDecode(encodedAnchor);
  if (pathPart === '') {
    return anchor && !from.headings.some((heading) => heading.id === anchor)
      ? `points to "#${anchor}", which is not a heading of this article${hint(anchor, from.headings.map((h) => h.id))}`
      : undefined;
  }
  if (!pathPart.startsWith('/')) return `is relative: write the site path, such as /${from.locale}/articles/<slug>`;

  const locale = pathPart.split('/')[1] ?? '';
  if (!isLocale(locale)) return `must start with a locale (/${locales.join(', /')})`;
  const page = parsePath(pathPart);
  const content: LocaleSource['content'] | undefined = sources[locale]?.content;
  if (page?.kind === 'home' || page?.kind === 'search' || page?.kind === 'check-message' || (page?.kind === 'contact' && page.problem === undefined)) {
    return anchor ? 'has an anchor, but only article headings can be linked to' : undefined;
  }
  if (page?.kind === 'category') {
    const slugs = content?.categories.map((category) => category.slug) ?? [];
    return slugs.includes(page.category) ? undefined : `points to an unknown category${hint(page.category, slugs)}`;
  }
  if (page?.kind === 'article') {
    const { slug } = page;
    const target = articlesBySlug(content?.articles ?? []).get(slug);
    if (!target) return `points to no published article${hint(slug, content?.articles.map((a) => a.slug) ?? [])}`;
    if (anchor && !target.headings.some((heading) => heading.id === anchor)) {
      return `points to "#${anchor}", which is not a heading of "${slug}"${hint(anchor, target.headings.map((h) => h.id))}`;
    }
    return undefined;
  }
  return 'is not a page of the site';
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
