import type { ContentProblem } from '../problems';
import { resolvePublicFile } from '../public-files';
import { localeSources, type ContentRule } from './rule';

export const images: ContentRule = {
  id: 'images',
  description: 'images are files of this site in public/ (never another site, never out of public/) with alt text that says what they show',
  check(context) {
    const problems: ContentProblem[] = [];
    for (const source of localeSources(context)) {
      for (const { article, rendered } of source.articles) {
        for (const image of rendered.images) {
          const where = { file: article.file, field: 'body', line: image.line };
          if (!image.alt.trim()) problems.push({ ...where, message: `image "${image.url}" needs alt text that says what it shows` });
          const resolved = resolvePublicFile(image.url, context.publicDir);
          if ('reason' in resolved) problems.push({ ...where, message: `image "${image.url}" ${resolved.reason}` });
        }
      }
    }
    return problems;
  },
};
