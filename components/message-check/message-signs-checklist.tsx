import { getDictionary, type Locale } from '@/lib/i18n';
import { messageSignKinds, scamWeight, signWeights, type MessageSignKind } from '@/lib/message-check';
import { KeepWholeText } from '@/components/keep-whole-text';
import './message-verdict.css';

/**
 * Every sign the check looks for, with why it matters, as a checklist a reader can go through by
 * themselves: the signs that are enough alone, then those that count two together. Rendered on the
 * server from the check's own list, so it is the whole check without JavaScript.
 */
export function MessageSignsChecklist({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).messageCheck;
  const strong = messageSignKinds.filter((kind) => signWeights[kind] >= scamWeight);
  const weak = messageSignKinds.filter((kind) => signWeights[kind] < scamWeight);
  const list = (id: string, title: string, kinds: readonly MessageSignKind[]) => (
    <>
      <h3 id={id} className="message-checklist-title">
        {title}
      </h3>
      <ul aria-labelledby={id} className="message-checklist">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="message-checklist-sign">{t.signs[kind]}</span>
            <span className="message-checklist-why">
              <KeepWholeText text={t.signsWhy[kind]} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <section aria-labelledby="message-signs" className="message-checklist-section">
      <h2 id="message-signs" className="section-title">
        {t.checklistTitle}
      </h2>
      <p className="section-intro">{t.checklistIntro}</p>
      {list('message-signs-strong', t.strongTitle, strong)}
      {list('message-signs-weak', t.weakTitle, weak)}
    </section>
  );
}
