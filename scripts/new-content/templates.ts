/**
 * Starting points for `npm run new`: every front matter field is listed with a comment
 * saying what it does; the optional ones are commented out. The post and page fields
 * follow lib/content/schema.ts (a test keeps them in step).
 */

export type Kind = 'post' | 'page' | 'event';

export type TemplateInput = { title: string; now: LocalTime };

/** A wall-clock time in the site's time zone, with its UTC offset ("+02:00"). */
export type LocalTime = { day: string; time: string; offset: string };

const quote = (s: string) => JSON.stringify(s);

const BODY = `Le premier paragraphe sert de résumé dans les listes d'articles : une ou deux phrases
qui donnent envie de lire la suite.

<!--more-->

## Le programme

Écrivez ici en Markdown : **gras**, *italique*, [un lien](https://sre-france.github.io/),
des listes avec \`*\`, des intertitres avec \`##\`.

Une image : mettez le fichier dans content/img/ et décrivez ce qu'elle montre,
\`![La salle pendant le talk](/img/meetup/photo.jpg)\`.
`;

function post({ title, now }: TemplateInput): string {
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
# bigimg: [{src: "/img/meetup/photo.jpg", desc: "La salle comble"}]
# Image des partages (réseaux sociaux) et des listes ; par défaut la première du bandeau.
# image: "/img/meetup/photo.jpg"
# Résumé des listes et des partages ; par défaut le texte avant <!--more-->.
# summary: "Une phrase qui résume l'article."
# Description pour les moteurs de recherche ; par défaut le résumé.
# description: "Compte rendu du meetup SRE France de Lyon."
# Date de la dernière mise à jour importante.
# lastmod: ${now.day}T${now.time}${now.offset}
# Brouillon : true le garde hors du site.
# draft: true
# Liens utiles, affichés par <ResourceLinks /> : slides, vidéos, dépôts.
# resources: [{label: "Les slides", url: "https://example.com/slides.pdf", note: "PDF"}]
# Partenaires (fichiers de content/partners/), affichés par <PartnerCredits /> : gold, support, community, media.
# partners: [{key: "resilience-care", tier: "gold"}]
# L'événement dont parle l'article (fichier content/events/<nom>.mdx).
# event: "summercamp-2024"
# Auteur ou autrice.
# author: "Prénom Nom"
# Anciennes adresses de l'article : chacune redirige ici.
# aliases: ["/2019/05/meetup-lyon/"]
---

${BODY}`;
}

function page({ title }: TemplateInput): string {
  return `---
# Titre de la page (obligatoire). L'adresse est /page/<nom du fichier>/.
title: ${quote(title)}
# Sous-titre affiché sous le titre.
# subtitle: "SRE France, association loi 1901"
# Résumé pour la liste des pages et les partages.
# summary: "Une phrase qui présente la page."
# Description pour les moteurs de recherche ; par défaut le résumé.
# description: "..."
# Bandeau en haut de la page : une ou plusieurs images de content/img/.
# bigimg: [{src: "/img/meetup/photo.jpg", desc: "Légende"}]
# Image des partages ; par défaut la première du bandeau.
# image: "/img/share.png"
# Mots-clés, en minuscules avec des tirets.
# tags: ["org"]
# Date de la page et de sa dernière mise à jour (facultatives).
# date: 2024-01-01
# lastmod: 2024-01-01
# Brouillon : true la garde hors du site.
# draft: true
# Liens utiles (<ResourceLinks />) et partenaires (<PartnerCredits />).
# resources: [{label: "Les statuts", url: "https://example.com/statuts.pdf"}]
# partners: [{key: "sre-france", tier: "community"}]
# event: "summercamp-2024"
# author: "Prénom Nom"
# Anciennes adresses de la page : chacune redirige ici.
# aliases: ["/a-propos/"]
---

Le premier paragraphe présente la page.

## Une section

Le texte de la page, en Markdown.
`;
}

function event({ title, now }: TemplateInput): string {
  return `---
# Nom de l'événement (obligatoire).
title: ${quote(title)}
# Début et fin, heure locale du lieu avec le décalage horaire (obligatoires).
start: ${now.day}T19:00:00${now.offset}
end: ${now.day}T22:00:00${now.offset}
# Fuseau horaire du lieu.
timezone: "Europe/Paris"
# Le lieu (retirez le bloc pour un événement en ligne seulement).
venue:
  name: "La Dynamo"
  address: "1 rue Exemple"
  city: "Chambéry"
  # Coordonnées pour la carte (facultatives).
  # lat: 45.5646
  # lng: 5.9178
# En ligne : true si l'événement est diffusé ou virtuel.
# online: true
# Site de l'événement et page d'inscription.
# website: "https://sre-summercamp.github.io/"
# registration: "https://www.meetup.com/Site-Reliability-Engineering-France/"
# Avec une date de fin, l'invitation s'affiche jusqu'à ce jour-là :
# registration: {url: "https://www.meetup.com/Site-Reliability-Engineering-France/", until: ${now.day}}
# Appel à talks, affiché sur l'événement, l'accueil et la liste jusqu'au jour "until" (avant l'événement).
# cfp: {url: "https://github.com/sre-france/sre-france.github.io/issues/new?template=proposer-un-talk.yml", until: 2027-01-15}
# Image du bandeau, dans content/img/.
# hero: "/img/meetup/photo.jpg"
# Mots-clés, en minuscules avec des tirets.
tags: ["meetup"]
# Partenaires (fichiers de content/partners/) et leur niveau : gold, support, community, media.
# partners: [{key: "resilience-care", tier: "gold"}]
# Organisatrices et organisateurs.
# organizers: ["Prénom Nom"]
# Le programme : une entrée par session.
# sessions:
#   - title: "Titre du talk"
#     speakers: ["Prénom Nom"]
#     format: "talk"            # talk, lightning, workshop, keynote, round-table...
#     start: ${now.day}T19:15:00${now.offset}
#     duration: 30              # en minutes
#     language: "fr"
#     slides: "https://example.com/slides.pdf"   # ou un PDF de content/slides/ : "/slides/fichier.pdf"
#     tags: ["incidents"]         # sujets du talk, pour /talks/
#     video: "https://www.youtube.com/watch?v=5GxEaOzIZ7I"
#     description: "De quoi parle le talk, en une ou deux phrases."
---

Présentez l'événement ici : à qui il s'adresse, comment venir, ce qu'on y fera.
`;
}

export const TEMPLATES: Record<Kind, (input: TemplateInput) => string> = { post, page, event };
