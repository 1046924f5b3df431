import { getArticle } from '@/lib/content';
import { handleFeedback } from '@/lib/feedback/http';
import { routeDependencies } from '@/lib/feedback/server';

// Answered per request, and never run by `next build`: the database opens on the first vote.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function POST(request: Request) {
  return handleFeedback(request, routeDependencies((locale, slug) => getArticle(locale, slug) !== undefined));
}
