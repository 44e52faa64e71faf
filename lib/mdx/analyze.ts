/**
 * Reads an MDX body without compiling it: enforces the allow-list and collects what the
 * content layer and the check need (summary text, word count, headings, links, images,
 * components used). Each JSX element is held against the allow-list by check-element.ts.
 * Errors carry the file's own line and column.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString as mdastText } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root, Nodes } from 'mdast';
import { say } from '../messages/say';
import { issue } from '../messages/issues';
import { blankHtmlComments } from './comments';
import { allText, countWords, summaryText } from './facts';
import { syntaxIssue } from './syntax-errors';
import { costProblem } from './cost';
import { checkJsx, checkUrl } from './check-element';
import { position, type Heading, type LinkRef, type Located, type MdxAnalysis } from './analysis';

export type { Heading, LinkRef, Located, MdxAnalysis };

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function analyzeMdx(body: string, file: string): MdxAnalysis {
  const blanked = blankHtmlComments(body);
  const result = emptyAnalysis(blanked.text);
  if (blanked.unclosed) {
    result.issues.push(
      issue(
        file,
        blanked.unclosed,
        say("le commentaire HTML n'est jamais fermé", 'HTML comment is never closed'),
        say('terminez-le par -->, ou retirez le <!--', 'end it with -->, or remove the <!--'),
      ),
    );
    return result;
  }
  // Shapes the parser would take minutes over are refused before it runs (cost.ts).
  const tooCostly = costProblem(blanked.text);
  if (tooCostly) {
    result.issues.push(issue(file, tooCostly, tooCostly.message, tooCostly.hint));
    return result;
  }
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(blanked.text)) as Root;
  } catch (error) {
    result.issues.push(syntaxIssue(error, file, blanked.text));
    return result;
  }
  const tooDeep = deepestNode(tree, MAX_DEPTH);
  if (tooDeep) {
    result.issues.push(
      issue(
        file,
        position(tooDeep),
        say(
          `éléments imbriqués sur plus de ${MAX_DEPTH} niveaux`,
          `elements nested more than ${MAX_DEPTH} levels deep`,
        ),
        say(
          "fermez les éléments ou les citations (>) avant d'en ouvrir d'autres",
          'close elements or quotes (>) before opening more',
        ),
      ),
    );
    return result;
  }
  inspectTree(tree, file, result);
  result.summary = summaryText(tree, blanked.moreMark?.offset);
  result.wordCount = countWords(allText(tree));
  return result;
}

/**
 * The tree walkers (unist-util-visit, mdast-util-to-string, the MDX compiler) recurse once
 * per level: thousands of nested elements would overflow the stack instead of being reported.
 */
export const MAX_DEPTH = 100;

/** The first node deeper than `limit`, found without recursion; undefined if none. */
export function deepestNode(tree: Root, limit: number): Nodes | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return node;
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return undefined;
}

export function emptyAnalysis(source: string): MdxAnalysis {
  return {
    source,
    issues: [],
    summary: '',
    wordCount: 0,
    headings: [],
    links: [],
    images: [],
    components: new Set(),
    bareComponents: new Set(),
    componentUses: [],
  };
}

/**
 * Walks a parsed MDX tree, recording allow-list violations, links, images, headings and
 * components in `result`. The compiler runs the same walk (enforce.ts), so what
 * the check accepts is exactly what the build accepts.
 */
export function inspectTree(tree: Root, file: string, result: MdxAnalysis): void {
  const slugger = new GithubSlugger();
  // `![alt][ref]` shows the image its definition names: held to the image rules like `![alt](url)`.
  const definitions = new Map<string, string>();
  const usedBy = { image: new Set<string>(), link: new Set<string>() };
  visit(tree, (node: Nodes) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    else if (node.type === 'imageReference') usedBy.image.add(node.identifier);
    else if (node.type === 'linkReference') usedBy.link.add(node.identifier);
  });
  // A definition only images use is checked as an image, where each image stands, not as a link.
  const imageOnly = (id: string) => usedBy.image.has(id) && !usedBy.link.has(id);
  visit(tree, (node: Nodes) => {
    const at = position(node);
    switch (node.type) {
      case 'mdxjsEsm':
        result.issues.push(
          issue(
            file,
            at,
            say(
              'import et export ne sont pas permis dans le contenu',
              'import and export statements are not allowed in content',
            ),
            say(
              "retirez la ligne : les composants permis s'utilisent sans import",
              'remove the line: allowed components are available without import',
            ),
          ),
        );
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        result.issues.push(
          issue(
            file,
            at,
            say(
              'les accolades { } ne sont pas permises dans le texte (le site les lirait comme du code)',
              'braces { } are not allowed in the text (the site would read them as code)',
            ),
            say(
              'pour afficher une accolade, écrivez \\{ et \\} ; pour un commentaire, <!-- -->',
              'to show a brace write \\{ and \\}; for a comment use <!-- -->',
            ),
          ),
        );
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, file, result);
        return;
      case 'definition':
        if (imageOnly(node.identifier)) return;
        checkUrl(node.url, at, file, result, 'link');
        result.links.push({ url: node.url, ...at });
        return;
      case 'link':
        checkUrl(node.url, at, file, result, 'link');
        result.links.push({ url: node.url, ...at });
        return;
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
        // An undefined reference is shown as the text it is, not as an image.
        if (url === undefined) return;
        checkUrl(url, at, file, result, 'image');
        if (!node.alt?.trim()) {
          result.issues.push(
            issue(
              file,
              at,
              say("l'image n'a pas de texte alternatif", 'image has no alternative text'),
              say(`décrivez l'image : ![ce qu'elle montre](${url})`, `describe the image: ![what it shows](${url})`),
              'warning',
            ),
          );
        }
        result.images.push({ url, ...at });
        return;
      }
      case 'heading': {
        if (node.depth === 1) {
          result.issues.push(
            issue(
              file,
              at,
              say('un intertitre "# " ferait un second titre de page', 'a "# " heading would be a second page title'),
              say('commencez les intertitres à "## "', 'start headings at "## "'),
            ),
          );
        }
        const text = mdastText(node);
        result.headings.push({ depth: node.depth, text, id: slugger.slug(text) });
        return;
      }
    }
  });
}
