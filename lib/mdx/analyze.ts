/**
 * Reads an MDX body without compiling it: enforces the allow-list and collects what the
 * content layer and the check need (summary text, word count, headings, links, images,
 * components used). Errors carry the file's own line and column.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString as mdastText } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { say } from '../messages/say';
import { didYouMean } from '../messages/suggest';
import { issue, type ContentIssue } from '../messages/issues';
import { blankHtmlComments } from './comments';
import { allText, countWords, summaryText } from './facts';
import { syntaxIssue } from './syntax-errors';
import {
  COMPONENT_RULES,
  ALLOWED_COMPONENTS,
  URL_ATTRIBUTES,
  forbiddenReason,
  htmlElementAttributes,
  isAllowedAttribute,
  isComponentName,
  isSafeUrl,
  type AllowedComponent,
} from './allow-list';

export type Located = { line: number; column: number };
export type LinkRef = Located & { url: string };
export type Heading = { depth: number; text: string; id: string };

export type MdxAnalysis = {
  /** The body with HTML comments blanked: what gets compiled. */
  source: string;
  issues: ContentIssue[];
  /** Plain text up to `<!--more-->`, else the first paragraph. */
  summary: string;
  wordCount: number;
  headings: Heading[];
  links: LinkRef[];
  images: LinkRef[];
  components: Set<AllowedComponent>;
  /** Components used without children or attributes, which read the front matter. */
  bareComponents: Set<AllowedComponent>;
  /** Every use of a component with its string attributes, for cross-reference checks. */
  componentUses: { name: AllowedComponent; attributes: Record<string, string>; line: number; column: number }[];
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

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
      case 'link':
      case 'definition':
        checkUrl(node.url, at, file, result, 'link');
        result.links.push({ url: node.url, ...at });
        return;
      case 'image':
        checkUrl(node.url, at, file, result, 'image');
        if (!node.alt?.trim()) {
          result.issues.push(
            issue(
              file,
              at,
              say("l'image n'a pas de texte alternatif", 'image has no alternative text'),
              say(
                `décrivez l'image : ![ce qu'elle montre](${node.url})`,
                `describe the image: ![what it shows](${node.url})`,
              ),
              'warning',
            ),
          );
        }
        result.images.push({ url: node.url, ...at });
        return;
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

function checkJsx(node: JsxElement, file: string, result: MdxAnalysis) {
  const at = position(node);
  const name = node.name;
  if (!name) {
    result.issues.push(
      issue(
        file,
        at,
        say('les fragments <></> ne sont pas permis dans le contenu', 'fragments <></> are not allowed in content'),
        say('retirez les balises vides', 'remove the empty tags'),
      ),
    );
    return;
  }
  const isComponent = /^[A-Z]/.test(name);
  if (isComponent && !isComponentName(name)) {
    result.issues.push(
      issue(
        file,
        at,
        say(`composant inconnu <${name}>`, `unknown component <${name}>`),
        `${didYouMean(name, ALLOWED_COMPONENTS) ?? ''}${didYouMean(name, ALLOWED_COMPONENTS) ? ' ; ' : ''}${say('composants permis', 'allowed components')} : ${ALLOWED_COMPONENTS.join(', ')}`,
      ),
    );
    return;
  }
  const forbidden = isComponent ? undefined : forbiddenReason(name);
  if (forbidden) {
    result.issues.push(issue(file, at, say(`<${name}> n'est pas permis`, `<${name}> is not allowed`), forbidden));
    return;
  }
  if (!isComponent && !htmlElementAttributes(name)) {
    result.issues.push(
      issue(
        file,
        at,
        say(`l'élément HTML <${name}> n'est pas permis`, `HTML element <${name}> is not allowed`),
        say(
          'utilisez le Markdown, ou un élément permis comme <details>, <abbr>, <kbd>',
          'use Markdown, or an allowed element such as <details>, <abbr>, <kbd>',
        ),
      ),
    );
    return;
  }

  const present = new Set<string>();
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    const attrAt = position(attribute) ?? at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      result.issues.push(
        issue(
          file,
          attrAt,
          say(
            `les attributs {...} ne sont pas permis sur <${name}>`,
            `spread attributes {...} are not allowed on <${name}>`,
          ),
          say('écrivez chaque attribut sous la forme nom="valeur"', 'write each attribute as name="value"'),
        ),
      );
      continue;
    }
    const attr = attribute.name;
    present.add(attr);
    if (typeof attribute.value === 'string') values[attr] = attribute.value;
    if (/^on/i.test(attr)) {
      result.issues.push(
        issue(
          file,
          attrAt,
          say(
            `le gestionnaire d'événement ${attr}= n'est pas permis sur <${name}>`,
            `event handler ${attr}= is not allowed on <${name}>`,
          ),
          say(
            "le contenu n'exécute aucun JavaScript : retirez l'attribut",
            'content runs no JavaScript; remove the attribute',
          ),
        ),
      );
      continue;
    }
    if (attribute.value && typeof attribute.value === 'object') {
      result.issues.push(
        issue(
          file,
          attrAt,
          say(
            `${attr}={...} est du code, pas permis sur <${name}>`,
            `${attr}={...} is a JavaScript expression, not allowed on <${name}>`,
          ),
          say(`écrivez ${attr}="valeur" avec des guillemets`, `write ${attr}="value" with quotes`),
        ),
      );
      continue;
    }
    const allowed = isComponent
      ? componentAttributes(name as AllowedComponent).includes(attr)
      : isAllowedAttribute(name, attr);
    if (!allowed) {
      const hint = isComponent
        ? `${didYouMean(attr, componentAttributes(name as AllowedComponent)) ?? ''}${didYouMean(attr, componentAttributes(name as AllowedComponent)) ? ' ' : ''}${say(`<${name}> accepte : ${attributeList(name as AllowedComponent)}`, `<${name}> takes: ${attributeList(name as AllowedComponent)}`)}`
        : attr === 'style' || attr === 'class' || attr === 'className'
          ? say(
              "la mise en forme vient du site : retirez l'attribut",
              'content is styled by the site; remove the attribute',
            )
          : say(`permis sur <${name}> : `, `allowed on <${name}>: `) +
            ['id', 'title', 'lang', 'dir', ...(htmlElementAttributes(name) ?? [])].join(', ');
      result.issues.push(
        issue(
          file,
          attrAt,
          say(`l'attribut ${attr}= n'est pas permis sur <${name}>`, `attribute ${attr}= is not allowed on <${name}>`),
          hint,
        ),
      );
      continue;
    }
    if (typeof attribute.value === 'string' && URL_ATTRIBUTES.has(attr)) {
      checkUrl(attribute.value, attrAt, file, result, attr === 'src' ? 'image' : 'link');
      const ref = { url: attribute.value, ...attrAt };
      if (attr === 'src') result.images.push(ref);
      else result.links.push(ref);
    }
  }

  if (isComponent) {
    const component = name as AllowedComponent;
    result.components.add(component);
    result.componentUses.push({ name: component, attributes: values, ...at });
    for (const required of COMPONENT_RULES[component].required) {
      if (!present.has(required)) {
        result.issues.push(
          issue(
            file,
            at,
            say(`<${name}> a besoin d'un attribut ${required}="..."`, `<${name}> needs a ${required}="..." attribute`),
            say(`par exemple ${COMPONENT_RULES[component].usage}`, `for example ${COMPONENT_RULES[component].usage}`),
          ),
        );
      }
    }
    const hasContent = node.children.length > 0;
    const readsFrontMatter = !hasContent && ![...present].some((a) => a !== 'title');
    if (readsFrontMatter) result.bareComponents.add(component);
  }
}

function componentAttributes(component: AllowedComponent): readonly string[] {
  const rule: { required: readonly string[]; optional: readonly string[] } = COMPONENT_RULES[component];
  return [...rule.required, ...rule.optional];
}

function attributeList(component: AllowedComponent): string {
  const rule = COMPONENT_RULES[component];
  return (
    [...rule.required.map((a) => `${a} ${say('(obligatoire)', '(required)')}`), ...rule.optional].join(', ') ||
    say('aucun attribut', 'no attributes')
  );
}

function checkUrl(url: string, at: Located, file: string, result: MdxAnalysis, what: 'link' | 'image') {
  if (!isSafeUrl(url)) {
    result.issues.push(
      issue(
        file,
        at,
        say(
          `${what === 'link' ? 'le lien vers' : "l'image"} "${url.slice(0, 60)}" utilise un protocole qui n'est pas permis`,
          `${what} to "${url.slice(0, 60)}" uses a scheme that is not allowed`,
        ),
        say(
          'utilisez une adresse https://, une adresse mailto: ou un chemin de ce site comme /post/...',
          'use an https:// address, a mailto: address, or a path on this site such as /post/...',
        ),
      ),
    );
  }
}

function position(node: { position?: { start: { line: number; column: number } } }): Located {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
