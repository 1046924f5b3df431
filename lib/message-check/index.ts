/**
 * "Is this message a scam?": reads a message a reader pasted (an SMS, a WhatsApp message, an email)
 * and says what it looks like. Pure and dependency-free, so it runs in the browser: the message is
 * never sent anywhere.
 */

/** `scam`: signs of a scam; `code`: a genuine-looking one-time code; `none`: neither. */
export type MessageVerdict = 'scam' | 'code' | 'none';

export interface MessageSign {
  kind: string;
  /** What in the message showed it, quoted (a site name, a phrase), with any code masked. */
  evidence: string[];
}

export interface MessageCheck {
  verdict: MessageVerdict;
  signs: MessageSign[];
}

export function checkMessage(text: string): MessageCheck {
  void text;
  return { verdict: 'none', signs: [] };
}

/** Whether a search query looks like a pasted message rather than words to search for. */
export function looksLikeMessage(text: string): boolean {
  void text;
  return false;
}
