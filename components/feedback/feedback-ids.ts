/** The second step's form ("what was missing?"): the "No" link's target, shown by :target without JavaScript. */
export const moreId = 'feedback-no';
/** The second step's question, which names its form. */
export const moreTitleId = 'feedback-no-title';
