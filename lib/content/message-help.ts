import type { Element, ElementContent, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';

/**
 * A reader who pastes a message lands on its section (`#not-captured`), below the article's opening
 * advice and far above its way out. So every section headed by a message the article lists in
 * `errors` starts with the two things that cannot wait: the instruction to note the KNET Payment ID
 * and Track ID (where the contact router's step for that message asks for them: they exist only on
 * the result page) and a link to that step. The words come from the dictionary, so the instruction
 * reads the same in every article that gives it.
 */
export interface MessageHelpLabels {
  /** The contact router's step for a message, and whether it asks for the KNET IDs; undefined for none. */
  step(message: string): { href: string; noteKnetIds: boolean } | undefined;
  noteKnetIds: string;
  stillStuck: string;
  contactLink: string;
}

export const messageHelpClass = 'message-help';

const wordChar = /[\p{L}\p{N}]/u;

/** The longest of the messages the heading holds as whole words, ignoring case ("NOT CAPTURED" over "CAPTURED"). */
export function messageInHeading(heading: string, messages: readonly string[]): string | undefined {
  const text = heading.toLowerCase();
  let found: string | undefined;
  for (const message of messages) {
    const wanted = message.trim().toLowerCase();
    if (!wanted || (found && found.length >= wanted.length)) continue;
    for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
      const before = text[at - 1];
      const after = text[at + wanted.length];
      if ((before === undefined || !wordChar.test(before)) && (after === undefined || !wordChar.test(after))) {
        found = message;
        break;
      }
    }
  }
  return found;
}

function paragraph(className: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'p', properties: { className: [className] }, children };
}

/** Adds the box after each message heading (h2 or h3) at the top level of the body. */
export function rehypeMessageHelp(options: { messages?: readonly string[]; labels?: MessageHelpLabels }) {
  return (tree: Root) => {
    const { messages = [], labels } = options;
    if (!labels || messages.length === 0) return;
    for (let index = tree.children.length - 1; index >= 0; index--) {
      const node = tree.children[index];
      if (node?.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) continue;
      const message = messageInHeading(hastToString(node), messages);
      const step = message === undefined ? undefined : labels.step(message);
      if (!step) continue;
      const box: Element = {
        type: 'element',
        tagName: 'div',
        // Drawn as the IMPORTANT callout that opens an article with the same advice.
        properties: { className: ['callout', 'callout-important', messageHelpClass] },
        children: [
          ...(step.noteKnetIds ? [paragraph('message-help-first', [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: labels.noteKnetIds }] }])] : []),
          paragraph('message-help-contact', [
            { type: 'text', value: `${labels.stillStuck} ` },
            { type: 'element', tagName: 'a', properties: { href: step.href }, children: [{ type: 'text', value: labels.contactLink }] },
          ]),
        ],
      };
      tree.children.splice(index + 1, 0, box);
    }
  };
}
