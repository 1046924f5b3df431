import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The editor credentials the e2e server is started with (playwright.config.ts), for feedback.spec.ts. */
export const editorCredentials = { user: 'e2e-editor', password: 'e2e-not-a-secret' };

export const editorAuthorization = `Basic ${Buffer.from(`${editorCredentials.user}:${editorCredentials.password}`).toString('base64')}`;

/** A fresh data folder for the e2e server, so browser tests never write into a developer's `.data/`. */
export function e2eFeedbackEnv(): Record<string, string> {
  return {
    HELP_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'help-e2e-data-')),
    HELP_EDITOR_USER: editorCredentials.user,
    HELP_EDITOR_PASSWORD: editorCredentials.password,
    HELP_FEEDBACK_RATE_LIMIT: '1000',
    // The suite's two wrong sign-ins per run must not lock a reused server out of /editor.
    HELP_EDITOR_MAX_FAILURES: '1000',
    // The browser tests are the readers here, all on loopback: trusting it lets a test tell them
    // apart with X-Forwarded-For (failed searches count once per reader).
    HELP_TRUSTED_PROXIES: '127.0.0.1,::1',
  };
}
