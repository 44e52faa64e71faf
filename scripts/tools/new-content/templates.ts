/**
 * Starting points for `npm run new`: every front matter field is listed with a comment
 * saying what it does; the optional ones are commented out, each with a working example
 * (keys and images taken from the content folder, see examples.ts). The post and page
 * bodies show every component, commented. A test keeps the fields in step with the schemas
 * and checks that the file passes as it is, and with every example uncommented.
 */
import { SESSION_FORMATS } from '../../../lib/content/events/schema';
import { PARTNER_TIERS } from '../../../lib/content/schema';
import { siteConfig } from '../../../lib/site-config';
import type { Examples, TemplateInput } from './examples';
import type { LocalTime } from '../../../lib/content/kind';
import { ENGLISH_TEMPLATES } from './templates-en';

export type { LocalTime };

const quote = (s: string) => JSON.stringify(s);

/** Every component of the allow-list, commented: remove the comment marks around one to use it. */
function components(x: Examples): string {
  return `<!--
Les composants : pour en utiliser un, copiez-le hors de ce commentaire.

Une photo avec sa légende, et un lien facultatif :

<Figure src="${x.image}" caption="La salle pendant le talk" />

Plusieurs photos en galerie :

<Gallery>
<Figure src="${x.image}" caption="Première photo" />
<Figure src="${x.image2}" caption="Deuxième photo" />
</Gallery>

Une vidéo YouTube, par son identifiant, le texte après v= dans l'adresse :

<YouTube id="5GxEaOzIZ7I" title="Le meetup en vidéo" />

Une image de bandeau au milieu du texte :

<HeroImage src="${x.image}" desc="Légende du bandeau" />

Les liens de resources, dans le front matter, en liste titrée :

<ResourceLinks title="Ressources" />

Les partenaires de partners, dans le front matter, par niveau :

<PartnerCredits title="Merci à nos partenaires" />
-->
`;
}

const BODY = (x: Examples) => `Le premier paragraphe sert de résumé dans les listes d'articles : une ou deux phrases
qui donnent envie de lire la suite.

<!--more-->

## Le programme

Écrivez ici en Markdown : **gras**, *italique*, [un lien](${siteConfig.siteUrl}/),
des listes avec \`*\`, des intertitres avec \`##\`.

Une image : mettez le fichier dans content/img/ et décrivez ce qu'elle montre,
\`![La salle pendant le talk](${x.image})\`.

${components(x)}`;

function post({ title, now, examples: x }: TemplateInput): string {
  return `---
# Titre de l'article (obligatoire).
title: ${quote(title)}
# Date de publication avec le décalage horaire (obligatoire). Une date future programme l'article.
date: ${now.day}T${now.time}${now.offset}
# Mots-clés, en minuscules avec des tirets ; chacun a sa page /tags/<mot-clé>/.
tags: ["meetup"]
# Sous-titre affiché sous le titre.
# subtitle: "Chez notre hôte, à Lyon"
# Bandeau en haut de l'article : une ou plusieurs images de content/img/, avec leur légende.
# bigimg: [{src: "${x.image}", desc: "La salle comble"}]
# Image des partages (réseaux sociaux) et des listes ; par défaut la première du bandeau.
# image: "${x.image}"
# Résumé des listes et des partages ; par défaut le texte avant <!--more-->.
# summary: "Une phrase qui résume l'article."
# Description pour les moteurs de recherche ; par défaut le résumé.
# description: ${quote(`Compte rendu du meetup ${siteConfig.title} de Lyon.`)}
# Date de la dernière mise à jour importante.
# lastmod: ${now.day}T${now.time}${now.offset}
# Brouillon : true le garde hors du site.
# draft: true
# Liens utiles, affichés par <ResourceLinks /> : slides, vidéos, dépôts.
# resources: [{label: "Les slides", url: "https://example.com/slides.pdf", note: "PDF"}]
# Partenaires (noms de fichiers de content/partners/), affichés par <PartnerCredits /> : ${PARTNER_TIERS.join(', ')}.
# partners: [{key: "${x.partner}", tier: "gold"}]
# L'événement dont parle l'article (nom d'un fichier de content/events/, sans .mdx).
# event: "${x.event}"
# Auteur ou autrice.
# author: "Prénom Nom"
# Anciennes adresses de l'article : chacune redirige ici.
# aliases: ["/2019/05/meetup-lyon/"]
---

${BODY(x)}`;
}

function page({ title, examples: x }: TemplateInput): string {
  return `---
# Titre de la page (obligatoire). L'adresse est /page/<nom du fichier>/.
title: ${quote(title)}
# Sous-titre affiché sous le titre.
# subtitle: ${quote(siteConfig.association)}
# Résumé pour la liste des pages et les partages.
# summary: "Une phrase qui présente la page."
# Description pour les moteurs de recherche ; par défaut le résumé.
# description: "La page de l'association."
# Bandeau en haut de la page : une ou plusieurs images de content/img/.
# bigimg: [{src: "${x.image}", desc: "Légende"}]
# Image des partages ; par défaut la première du bandeau.
# image: "${x.image}"
# Mots-clés, en minuscules avec des tirets.
# tags: ["org"]
# Date de la page et de sa dernière mise à jour (facultatives).
# date: 2024-01-01
# lastmod: 2024-01-01
# Brouillon : true la garde hors du site.
# draft: true
# Liens utiles (<ResourceLinks />) et partenaires (<PartnerCredits />).
# resources: [{label: "Les statuts", url: "https://example.com/statuts.pdf"}]
# partners: [{key: "${x.partner}", tier: "community"}]
# author: "Prénom Nom"
# Anciennes adresses de la page : chacune redirige ici.
# aliases: ["/a-propos/"]
---

Le premier paragraphe présente la page.

## Une section

Le texte de la page, en Markdown.

${components(x)}`;
}

function event({ title, now, examples: x }: TemplateInput): string {
  const [first, second] = x.speakers;
  return `---
# Nom de l'événement (obligatoire).
title: ${quote(title)}
# Début (obligatoire) et fin, à l'heure locale du lieu : AAAA-MM-JJ HH:MM.
start: ${now.day} 19:00
end: ${now.day} 22:00
# Fuseau horaire du lieu (par défaut ${siteConfig.timeZone}).
timezone: ${quote(siteConfig.timeZone)}
# Le lieu : un EXEMPLE, à remplacer par le vôtre (retirez le bloc pour un événement en ligne seulement).
venue:
  name: "La Dynamo"
  city: "Chambéry"
  # Rue et numéro, code postal, coordonnées pour la carte (facultatifs).
  # address: "24 avenue Daniel Rops"
  # postalCode: "73000"
  # lat: 45.5903
  # lng: 5.9203
# En ligne : l'adresse du direct, ou la plateforme seule.
# online: {url: "https://www.youtube.com/@exemple", platform: "YouTube"}
# Annulé ou reporté : cancelled, postponed (par défaut scheduled, prévu).
# status: "postponed"
# Site de l'événement et page d'inscription.
# website: "https://www.example.org/"
# registration: "https://www.meetup.com/exemple/"
# Pour afficher l'invitation jusqu'à un jour donné, écrivez plutôt : registration: {url: "...", until: ${now.day}}
# Appel à talks, affiché sur l'événement, l'accueil et la liste jusqu'au jour "until" (au plus tard le jour de l'événement).
# cfp: {url: "https://www.example.org/appel-a-talks", until: ${now.day}}
# Bandeau, dans content/img/, avec sa légende.
# hero: [{src: "${x.image}", desc: "La salle comble"}]
# Une ou deux phrases pour les listes et les partages ; par défaut le premier paragraphe.
# summary: "Deux talks sur l'astreinte, puis un moment pour échanger."
# Mots-clés, en minuscules avec des tirets.
tags: ["meetup"]
# Partenaires (noms de fichiers de content/partners/) et leur niveau : ${PARTNER_TIERS.join(', ')}.
# partners: [{key: "${x.partner}", tier: "gold"}]
# Organisatrices et organisateurs : noms de fichiers de content/speakers/, sans .yml
# (créez-en un avec npm run new -- speaker "Prénom Nom").
# organizers: ["${first}"]
# Le programme : une entrée par session. speakers : noms de fichiers de content/speakers/.
# format : ${SESSION_FORMATS.join(', ')}.
# sessions:
#   - title: "Titre du premier talk"
#     speakers: ["${first}"]
#     format: "talk"
#     start: ${now.day} 19:15
#     duration: 30
#     language: "fr"
#     slides: "https://example.com/slides.pdf"   # ou un PDF de content/slides/ : "/slides/fichier.pdf"
#     tags: ["incidents"]                         # sujets du talk, pour /talks/
#     video: "5GxEaOzIZ7I"
#     description: "De quoi parle le talk, en une ou deux phrases."
#   - title: "Titre du second talk"
#     speakers: ["${second}"]
#     format: "lightning"
#     start: ${now.day} 19:50
#     duration: 10
#     track: "Salle 2"
---

Présentez l'événement ici : à qui il s'adresse, comment venir, ce qu'on y fera.
`;
}

function speaker({ title, examples: x }: TemplateInput): string {
  return `# Une personne qui parle ou organise. Le nom de ce fichier, sans .yml, est sa clé :
# c'est lui qu'on écrit dans les speakers des sessions et les organizers d'un événement.
# Nom affiché (obligatoire).
name: ${quote(title)}
# Entreprise ou organisation.
# company: "Exemple SAS"
# Quelques phrases de présentation, affichées sur sa page /speakers/<clé>/.
# bio: "SRE chez Exemple, passionnée d'astreintes qui se passent bien."
# Photo, dans content/img/ (carrée de préférence).
# photo: "${x.image}"
# Liens : une adresse, ou un libellé et une adresse.
# links: ["https://github.com/exemple", {label: "Mastodon", url: "https://mastodon.social/@exemple"}]
`;
}

function partner({ title, examples: x }: TemplateInput): string {
  return `# Un partenaire. Le nom de ce fichier, sans .yml, est sa clé : c'est lui qu'on écrit
# dans les partners d'un article ou d'un événement.
# Nom affiché (obligatoire).
name: ${quote(title)}
# Son site (obligatoire) : remplacez cet exemple.
url: "https://www.example.org/"
# Logo, dans content/img/ : un PNG, sur fond transparent de préférence (un SVG est refusé : exportez-le en PNG).
# logo: "${x.image}"
# Une phrase de présentation.
# description: "Hébergeur du meetup de Chambéry."
`;
}

export const FRENCH_TEMPLATES: Record<string, (input: TemplateInput) => string> = {
  post,
  page,
  event,
  speaker,
  partner,
};

/**
 * By the word of `npm run new`, in the site's language (site.yaml); a kind whose own folder
 * holds its template is not here.
 */
export const TEMPLATES = siteConfig.language === 'en' ? ENGLISH_TEMPLATES : FRENCH_TEMPLATES;
