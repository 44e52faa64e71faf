/**
 * The allow-list applied to one JSX element of an MDX body (components and plain HTML alike):
 * its name, its attributes and their values, each refusal at the element's own position.
 */
import { say } from '../messages/say';
import { didYouMean } from '../messages/suggest';
import { issue } from '../messages/issues';
import {
  COMPONENT_RULES,
  ALLOWED_COMPONENTS,
  forbiddenReason,
  htmlElementAttributes,
  isAllowedAttribute,
  isComponentName,
  type AllowedComponent,
} from './allow-list';
import { position, type JsxElement, type Located, type MdxAnalysis } from './analysis';
import { URL_ATTRIBUTES, disguisedHint, disguisedMessage, isDisguisedOffSite, isSafeUrl } from './url-policy';

export function checkJsx(node: JsxElement, file: string, result: MdxAnalysis) {
  const at = position(node);
  const name = node.name;
  const refused = name
    ? elementRefusal(name, file, at)
    : issue(
        file,
        at,
        say('les fragments <></> ne sont pas permis dans le contenu', 'fragments <></> are not allowed in content'),
        say('retirez les balises vides', 'remove the empty tags'),
      );
  if (refused || !name) {
    if (refused) result.issues.push(refused);
    return;
  }
  const element = { name, isComponent: /^[A-Z]/.test(name) };
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
    present.add(attribute.name);
    if (typeof attribute.value === 'string') values[attribute.name] = attribute.value;
    const attributeRefused = attributeRefusal(element, attribute.name, attribute.value, file, attrAt);
    if (attributeRefused) result.issues.push(attributeRefused);
    else if (typeof attribute.value === 'string')
      checkValue(element, attribute.name, attribute.value, file, attrAt, result);
  }
  if (element.isComponent) recordComponent(node, name as AllowedComponent, present, values, file, at, result);
}

/** Why an element may not stand in content at all (unknown component, forbidden or unknown HTML), if it may not. */
function elementRefusal(name: string, file: string, at: Located) {
  const isComponent = /^[A-Z]/.test(name);
  if (isComponent && !isComponentName(name)) {
    return issue(
      file,
      at,
      say(`composant inconnu <${name}>`, `unknown component <${name}>`),
      `${didYouMean(name, ALLOWED_COMPONENTS) ?? ''}${didYouMean(name, ALLOWED_COMPONENTS) ? ' ; ' : ''}${say('composants permis', 'allowed components')} : ${ALLOWED_COMPONENTS.join(', ')}`,
    );
  }
  const forbidden = isComponent ? undefined : forbiddenReason(name);
  if (forbidden) return issue(file, at, say(`<${name}> n'est pas permis`, `<${name}> is not allowed`), forbidden);
  if (!isComponent && !htmlElementAttributes(name)) {
    return issue(
      file,
      at,
      say(`l'élément HTML <${name}> n'est pas permis`, `HTML element <${name}> is not allowed`),
      say(
        'utilisez le Markdown, ou un élément permis comme <details>, <abbr>, <kbd>',
        'use Markdown, or an allowed element such as <details>, <abbr>, <kbd>',
      ),
    );
  }
  return undefined;
}

type Element = { name: string; isComponent: boolean };

/** Why an attribute may not stand on its element (a handler, code, or not on the list), if it may not. */
function attributeRefusal(element: Element, attr: string, value: unknown, file: string, at: Located) {
  const { name, isComponent } = element;
  if (/^on/i.test(attr)) {
    return issue(
      file,
      at,
      say(
        `le gestionnaire d'événement ${attr}= n'est pas permis sur <${name}>`,
        `event handler ${attr}= is not allowed on <${name}>`,
      ),
      say(
        "le contenu n'exécute aucun JavaScript : retirez l'attribut",
        'content runs no JavaScript; remove the attribute',
      ),
    );
  }
  if (value && typeof value === 'object') {
    return issue(
      file,
      at,
      say(
        `${attr}={...} est du code, pas permis sur <${name}>`,
        `${attr}={...} is a JavaScript expression, not allowed on <${name}>`,
      ),
      say(`écrivez ${attr}="valeur" avec des guillemets`, `write ${attr}="value" with quotes`),
    );
  }
  const allowed = isComponent
    ? componentAttributes(name as AllowedComponent).includes(attr)
    : isAllowedAttribute(name, attr);
  if (allowed) return undefined;
  return issue(
    file,
    at,
    say(`l'attribut ${attr}= n'est pas permis sur <${name}>`, `attribute ${attr}= is not allowed on <${name}>`),
    attributeHint(element, attr),
  );
}

/** What an author may write instead of an attribute refused on `element`. */
function attributeHint({ name, isComponent }: Element, attr: string): string {
  if (isComponent) {
    const component = name as AllowedComponent;
    const suggestion = didYouMean(attr, componentAttributes(component));
    return `${suggestion ?? ''}${suggestion ? ' ' : ''}${say(`<${name}> accepte : ${attributeList(component)}`, `<${name}> takes: ${attributeList(component)}`)}`;
  }
  if (attr === 'style' || attr === 'class' || attr === 'className') {
    return say(
      "la mise en forme vient du site : retirez l'attribut",
      'content is styled by the site; remove the attribute',
    );
  }
  return (
    say(`permis sur <${name}> : `, `allowed on <${name}>: `) +
    ['id', 'title', 'lang', 'dir', ...(htmlElementAttributes(name) ?? [])].join(', ')
  );
}

/** An allowed attribute's value: the component's own rule, and the URL policy for links and images. */
function checkValue(element: Element, attr: string, value: string, file: string, at: Located, result: MdxAnalysis) {
  const valueProblem = element.isComponent
    ? COMPONENT_RULES[element.name as AllowedComponent].valueProblem?.(attr, value)
    : undefined;
  if (valueProblem) result.issues.push(issue(file, at, valueProblem.message, valueProblem.hint));
  if (URL_ATTRIBUTES.has(attr)) {
    checkUrl(value, at, file, result, attr === 'src' ? 'image' : 'link');
    const ref = { url: value, ...at };
    if (attr === 'src') result.images.push(ref);
    else result.links.push(ref);
  }
}

/** A component's use, for the page's needs, and the attributes it cannot do without. */
function recordComponent(
  node: JsxElement,
  component: AllowedComponent,
  present: Set<string>,
  values: Record<string, string>,
  file: string,
  at: Located,
  result: MdxAnalysis,
) {
  result.components.add(component);
  result.componentUses.push({ name: component, attributes: values, ...at });
  for (const required of COMPONENT_RULES[component].required) {
    if (!present.has(required)) {
      result.issues.push(
        issue(
          file,
          at,
          say(
            `<${component}> a besoin d'un attribut ${required}="..."`,
            `<${component}> needs a ${required}="..." attribute`,
          ),
          say(`par exemple ${COMPONENT_RULES[component].usage}`, `for example ${COMPONENT_RULES[component].usage}`),
        ),
      );
    }
  }
  const hasContent = node.children.length > 0;
  const readsFrontMatter = !hasContent && ![...present].some((a) => a !== 'title');
  if (readsFrontMatter) result.bareComponents.add(component);
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

export function checkUrl(url: string, at: Located, file: string, result: MdxAnalysis, what: 'link' | 'image') {
  // An image's path is held to stricter rules by lib/images/image-ref.ts, which refuses this too.
  if (what === 'link' && isDisguisedOffSite(url)) {
    result.issues.push(issue(file, at, disguisedMessage(url), disguisedHint()));
    return;
  }
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
