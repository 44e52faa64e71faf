/** The file `npm run new -- job "Titre"` writes: every field explained, the optional ones commented. */
import type { NewFileInput } from '../content/kind';
import { siteConfig } from '../site-config';
import { CONTRACTS } from './schema';

/** Thirty days after `day` (YYYY-MM-DD): a last day to start from. */
function monthAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
}

export function jobTemplate(input: NewFileInput): string {
  return siteConfig.language === 'en' ? englishTemplate(input) : frenchTemplate(input);
}

function frenchTemplate({ title, now }: NewFileInput): string {
  return `---
# Une offre d'emploi, listée sur le job board jusqu'à son dernier jour.
# Intitulé du poste (obligatoire).
title: ${JSON.stringify(title)}
# L'entreprise qui recrute (obligatoire) : remplacez cet exemple.
company: "Exemple SAS"
# La ville du poste ; pour un poste en télétravail, remote: true (les deux pour un poste hybride).
city: "Lyon"
# remote: true
# Le contrat : ${CONTRACTS.join(', ')}.
contract: "cdi"
# L'annonce elle-même, sur le site de l'entreprise ou un site d'offres (https) : remplacez cet exemple.
url: "https://www.example.org/jobs/sre"
# Le jour où l'offre a été partagée : le job board liste les plus récentes en premier.
date: ${now.day}
# Le dernier jour où l'offre est ouverte : elle quitte le job board le lendemain (heure de ${siteConfig.timeZone}).
until: ${monthAfter(now.day)}
# Une ou deux phrases pour le job board ; par défaut le premier paragraphe ci-dessous.
# summary: "Rejoindre l'équipe SRE d'une plateforme de paiement."
---

Décrivez le poste en quelques lignes : l'équipe, la stack, ce qu'on attend de la personne.
`;
}

function englishTemplate({ title, now }: NewFileInput): string {
  return `---
# A job offer, listed on the job board until its last day.
# The position's title (required).
title: ${JSON.stringify(title)}
# The company hiring (required): replace this example.
company: "Example Inc."
# The position's city; for a remote position, remote: true (both for a hybrid one).
city: "Springfield"
# remote: true
# The contract: cdi (permanent), cdd (fixed term), freelance, stage (internship) or alternance (work-study).
contract: "cdi"
# The offer itself, on the company's site or a job site (https): replace this example.
url: "https://www.example.org/jobs/sre"
# The day the offer was shared: the job board lists the newest first.
date: ${now.day}
# The last day the offer is open: it leaves the job board the day after (${siteConfig.timeZone} time).
until: ${monthAfter(now.day)}
# One or two sentences for the job board; by default the first paragraph below.
# summary: "Join the SRE team of a payments platform."
---

Describe the position in a few lines: the team, the stack, what you expect of the person.
`;
}
