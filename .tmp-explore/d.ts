import { renderMarkdown } from '../lib/content/markdown';
const labels = { callout: { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' }, opensInNewTab: '(opens in a new tab)', scrollableTable: 'Table' };
for (const src of [
  '![a](//evil.example/x.png)', '<img src="//evil.example/x.png" alt="a">', '<img src="/\\evil.example/x.png" alt="a">', '![a](/illustrations/x.svg)',
  '<img src="/illustrations/x.svg" onerror="alert(1)" alt="a">',
  '[x](javascript&#58;alert(1))', '<a href="javascript&#58;alert(1)">E</a>', '<a href="jav&#x09;ascript:alert(1)">T</a>',
  '<style>body{color:red}</style>\n\nAfter', '<svg onload="alert(1)"><circle/></svg>', '<form action="/x"><input type="text" name="q"><button>Go</button></form>',
  '> [!NOTE] Inline title\n> More text', '> [!TIP]', '> [!warning]\n> lower', '<div class="callout callout-warning">c</div>', '<span class="sr-only">s</span>', '<a href="https://x.example" id="top">x</a>\n\n## Top',
  '## Same\n\n## Same\n\ntext', 'para\n\n# H1\n\nmore', '<p style="color:red" onclick="x()">s</p>', '<a href="mailto:a@b.c">m</a> <a href="http://x.example">h</a>',
]) console.log(JSON.stringify(src), '\n  =>', JSON.stringify(renderMarkdown(src, labels).html));
