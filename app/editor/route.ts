import { handleEditor } from '@/lib/feedback/editor';
import { editorDependencies, feedbackConfig } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request) {
  return handleEditor(request, feedbackConfig(), editorDependencies());
}
