import { handleSearchGaps } from '@/lib/feedback/http';
import { routeDependencies } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function POST(request: Request) {
  return handleSearchGaps(request, routeDependencies(() => true));
}
