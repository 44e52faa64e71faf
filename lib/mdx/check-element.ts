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
import { componentValueProblem } from './component-values';
import { URL_ATTRIBUTES, disguisedHint, disguisedMessage, isDisguisedOffSite, isSafeUrl } from './url-policy';

export function checkJsx(node: JsxElement, file: string, result: MdxAnalysis) {
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
    const valueProblem =
      isComponent && typeof attribute.value === 'string'
        ? componentValueProblem(name, attr, attribute.value)
        : undefined;
    if (valueProblem) result.issues.push(issue(file, attrAt, valueProblem.message, valueProblem.hint));
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
