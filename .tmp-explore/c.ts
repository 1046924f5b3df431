import matter from 'gray-matter';
for (const text of [
  '---\ntitle: A\nsummary: x: y\ncategory: guides\n---\n\nBody\n',
  '---\ntitle: A\nsummary: "unterminated\ncategory: guides\n---\n\nBody\n',
  '---\ntitle: A\n  summary: x\ncategory: guides\n---\nBody\n',
]) {
  try { const m = matter(text, {}); console.log('ok', JSON.stringify(m.matter)); } catch (e: any) { console.log(e.reason, e.mark?.line, e.mark?.column, JSON.stringify(e.mark?.buffer?.slice(0, 30))); }
}
const m = matter('---\ntitle: A\nupdated: 2026-02-30\n---\nBody', {});
console.log(m.data, JSON.stringify(m.matter));
