import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToMdx } from './markdown.ts';
import { ImportError } from './report.ts';
import { analyzeMdx } from '../../../lib/mdx/analyze.ts';
import { hugoUrlize, tagFromHugo } from './urlize.ts';

const context = () => {
  const warnings: string[] = [];
  return {
    warnings,
    count: () => {},
    warn: (line: number, message: string) => warnings.push(`${line}: ${message}`),
    partnersByCategory: new Map<string, string[]>(),
  };
};
/** Converts, and checks the result with the site's own MDX analysis. */
const convert = (markdown: string) => {
  const out = markdownToMdx(markdown, 1, context());
  assert.deepEqual(
    analyzeMdx(out, 'x.mdx').issues.filter((i) => i.severity === 'error'),
    [],
    out,
  );
  return out;
};
const refusal = (markdown: string, firstLine = 1) => {
  try {
    markdownToMdx(markdown, firstLine, context());
  } catch (error) {
    if (error instanceof ImportError) return `${error.line}: ${error.message}`;
    throw error;
  }
  assert.fail('converted without a refusal');
};

test('prose that MDX would read as code is escaped; the same text in code is not', () => {
  assert.equal(convert('a {b} c < d, <3 et x<y'), 'a \\{b\\} c \\< d, \\<3 et x\\<y');
  assert.equal(convert('`{a} <b>` et ``x ` {y}``'), '`{a} <b>` et ``x ` {y}``');
  assert.equal(convert('~~~\n{a}\n<b>\n~~~'), '~~~\n{a}\n<b>\n~~~');
  assert.equal(convert('Un \\{ déjà échappé'), 'Un \\{ déjà échappé');
  assert.equal(convert('import des données\n\nexport CSV'), '&#x69;mport des données\n\n&#x65;xport CSV');
});

test('indented code becomes fenced, but indented list content stays a list', () => {
  assert.equal(convert('Texte :\n\n    a {b}\n    c\n\nFin.'), 'Texte :\n\n```\na {b}\nc\n```\n\nFin.');
  assert.equal(convert("* un\n\n    suite de l'item\n"), "* un\n\n    suite de l'item\n");
});

test('shortcodes: spacing variants, several lines of arguments, inline refs, highlight', () => {
  assert.equal(convert('{{< youtube 5VyKByWfG5w>}}'), '<YouTube id="5VyKByWfG5w" />');
  assert.equal(
    convert('{{<youtube id="5GxEaOzIZ7I" title="Le talk">}}'),
    '<YouTube id="5GxEaOzIZ7I" title="Le talk" />',
  );
  assert.equal(convert('Voir : {{< youtube 5GxEaOzIZ7I >}} ici'), 'Voir : \n\n<YouTube id="5GxEaOzIZ7I" />\n\n ici');
  assert.equal(
    convert('{{< figure\n    src="img/a.jpg"\n    caption="Deux lignes" >}}'),
    '<Figure src="/img/a.jpg" caption="Deux lignes" />',
  );
  assert.equal(
    convert('[avant]({{< ref "post/2022-08-01-live-from-lyon.md" >}})'),
    '[avant](/post/2022-08-01-live-from-lyon/)',
  );
  assert.equal(convert('{{< highlight go >}}\nif a < b { }\n{{< /highlight >}}'), '```go\nif a < b { }\n```');
  assert.equal(convert('<!-- {{< tweet 1 >}} -->'), '<!-- {{< tweet 1 >}} -->');
});

test('what cannot be imported stops the file with its line, never vanishes', () => {
  assert.equal(refusal('Un.\n\nDeux {{< instagram abc >}}', 10), '12: unknown shortcode "instagram"');
  assert.equal(
    refusal('{{< gallery >}}\n{{< figure src="/img/a.jpg" >}}'),
    '1: {{< gallery >}} is never closed by {{< /gallery >}}',
  );
  assert.match(
    refusal('Texte.\n<script>alert(1)</script>'),
    /^2: <script> cannot be imported: scripts are not allowed/,
  );
  assert.match(refusal('<iframe src="https://maps.example.com/embed"></iframe>'), /^1: <iframe> cannot be imported/);
  assert.match(refusal('<video src="/a.mp4"></video>'), /^1: <video> cannot be imported/);
  assert.match(refusal('Texte <!-- jamais fermé'), /^1: an HTML comment is never closed/);
});

test('raw HTML: YouTube frames become <YouTube>, handlers and unsafe URLs are removed with a warning', () => {
  assert.equal(
    convert('<iframe width="560" src="https://www.youtube-nocookie.com/embed/5GxEaOzIZ7I" title="Talk"></iframe>'),
    '<YouTube id="5GxEaOzIZ7I" title="Talk" />',
  );
  const ctx = context();
  assert.equal(markdownToMdx('<a href="javascript:alert(1)" onclick="x()">lien</a>', 3, ctx), '<a>lien</a>');
  assert.deepEqual(ctx.warnings, ['3: <a>: href=, onclick= removed (not allowed in content)']);
  assert.equal(convert('<BR><HR>'), '<br /><hr />');
});

test('tags keep the URL Hugo gave them when they can', () => {
  assert.deepEqual(tagFromHugo('Summer Camp'), { tag: 'summer-camp', hugoPath: 'summer-camp', sameUrl: true });
  assert.deepEqual(tagFromHugo('Événements'), { tag: 'evenements', hugoPath: 'événements', sameUrl: false });
  assert.equal(hugoUrlize('site_reliability'), 'site_reliability');
});
