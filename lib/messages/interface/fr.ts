/**
 * The interface's sentences in French: the frame of every page (skip link, header, footer)
 * and the video player. en.ts says the same in English; site.yaml's language picks one.
 */
export const fr = {
  skipToContent: 'Aller au contenu',
  mainMenu: 'Menu principal',
  search: 'Rechercher',
  /** The menu's button on phones and tablets, and from 1024 px the fold of the `more` entries. */
  menu: 'Menu',
  more: 'Plus',
  footerMenu: 'Pied de page',
  elsewhere: (name: string) => `${name} ailleurs`,
  eventsCalendar: 'Calendrier des événements (.ics)',
  licence: 'Contenus publiés sous licence',
  sourceCode: 'Code source',
  youtubeVideo: 'Vidéo YouTube',
  video: 'Vidéo',
  playVideo: 'Lire la vidéo (YouTube, sans cookie tant que vous ne cliquez pas)',
  /** Times of an event: "à 19 h 00", "de 9 h 00 à 17 h 00", across two days. */
  when: {
    at: (time: string) => `à ${time}`,
    fromTo: (start: string, end: string) => `de ${start} à ${end}`,
    fromToAcrossDays: (start: string, startDay: string, end: string, endDay: string) =>
      `de ${start} le ${startDay} à ${end} le ${endDay}`,
  },
  /** The home page's "what's next" block. */
  home: {
    next: 'Prochain rendez-vous',
    online: 'En ligne',
    programme: 'Programme et inscription',
    allEvents: 'Tous les événements',
    proposeTalk: 'Proposer un talk',
    noDate: 'La prochaine date n’est pas encore annoncée',
    /** site.yaml's `intros.betweenEditions` (what the community prepares), then where to hear first. */
    hearFirst: (between: string) => `${between} Pour l’apprendre en premier\u00a0:`,
    betweenEditions: 'Les prochains événements se préparent.',
    pastEvents: 'Les événements passés',
    /** Above the latest posts. */
    latestPosts: 'Derniers articles',
  },
  /** The events page's introduction when site.yaml's `intros.eventsPage` does not give one. */
  eventsPageIntro: 'Ce qui arrive, et ce qui s’est passé.',
  /** Pages' titles, and their introductions when site.yaml's `intros` does not give one. */
  pages: {
    events: 'Événements',
    talks: 'Talks',
    talksIntro: 'Toutes les sessions, les plus récentes d’abord, avec leurs slides et leurs vidéos.',
    partners: 'Partenaires',
    partnersIntro: 'Les entreprises, lieux et communautés qui rendent possibles nos événements.',
    proposeTalkIntro:
      'Un retour d’expérience, un incident, un outil, une pratique : la scène est ouverte à toutes et tous, débutants compris.',
  },
  /** French puts a narrow no-break space before « : » and « ; »; English puts none. */
  beforeColon: '\u202f',
  /** The partners page's call for support, when site.yaml's `partnerCall` does not give one. */
  partnerCall: {
    title: 'Devenir partenaire',
    intro:
      'Nos événements existent grâce aux entreprises, lieux et communautés qui les accueillent et les soutiennent. Vous pouvez',
    ways: [
      'accueillir un événement dans vos locaux',
      'soutenir nos événements',
      'relayer les événements auprès de votre communauté ou de votre média',
    ],
    write: 'Nous écrire',
    contacts: 'Tous les contacts',
  },
  /** The page of an unknown address. */
  notFound: {
    title: 'Page introuvable',
    error: 'Erreur 404',
    heading: 'Cette page est introuvable',
    text: 'Le lien est peut-être ancien, ou l’adresse contient une faute de frappe. Même les meilleurs SLO ont leurs incidents.',
    searchLabel: 'Chercher sur le site',
    searchPlaceholder: 'Un article, un talk, une ville…',
    latest: 'Les derniers articles',
    events: 'Les événements',
    posts: 'Tous les articles',
    tags: 'Tous les thèmes',
    contact: 'Nous écrire',
  },
  /** Between the last two names of a list: « Rym, Pablo et Mathieu ». */
  and: 'et',
  /** After a post's reading time in minutes. */
  readingTime: 'min de lecture',
  /** Events in lists, on posts about them and on tag pages, and what stays of a past one. */
  events: {
    event: 'Événement',
    online: 'en ligne',
    status: { upcoming: 'À venir', past: 'Passé', cancelled: 'Annulé', postponed: 'Reporté' },
    tagTalks: (count: number, title: string) =>
      `${count > 1 ? `Les ${count} talks` : 'Le talk'} du thème «\u00a0${title}\u00a0»`,
    relive: 'Revivre l’événement',
    recaps: (count: number): string => (count > 1 ? 'Comptes rendus' : 'Compte rendu'),
    recapOf: 'Compte rendu du ',
    videos: (count: number) => (count > 1 ? `Les ${count} vidéos` : 'La vidéo'),
    slides: (count: number) => (count > 1 ? `Les ${count} slides` : 'Les slides'),
    watchOnYouTube: 'Voir sur YouTube',
  },
  /** The links to the posts before and after one. */
  neighbours: { label: 'Articles voisins', older: '← Plus ancien', newer: 'Plus récent →' },
  /** Partners' levels (one, several), session formats and languages, the formats anyone may propose. */
  labels: {
    tiers: {
      gold: ['Partenaire principal', 'Partenaires principaux'],
      support: ['Soutien', 'Soutiens'],
      community: ['Communauté partenaire', 'Communautés partenaires'],
      media: ['Partenaire média', 'Partenaires médias'],
    },
    formats: {
      keynote: 'Keynote',
      talk: 'Talk',
      quickie: 'Quickie',
      lightning: 'Lightning talks',
      'round-table': 'Table ronde',
      activity: 'Activité',
      break: 'Pause',
    },
    formatPlurals: {
      keynote: 'Keynotes',
      talk: 'Talks',
      quickie: 'Quickies',
      lightning: 'Lightning talks',
      'round-table': 'Tables rondes',
      activity: 'Activités',
      break: 'Pauses',
    },
    /** Said where a talk's speakers would be when its file names none, so the gap reads as known. */
    speakersUnknown: 'Intervenant(s) non indiqué(s)',
    languages: { fr: 'en français', en: 'en anglais' } as Record<string, string>,
    pitches: {
      talk: 'Le temps de raconter une histoire complète, questions comprises.',
      quickie: 'Une idée, un outil, une leçon apprise, en allant droit au but.',
      lightning: 'Quelques slides et une idée : idéal pour une première fois.',
    },
    /** Before a proposal format's usual length: « Talk (environ 45 min) ». */
    approx: 'environ ',
  },
  /** The talk proposal page, below its introduction. */
  proposeTalk: {
    openCalls: 'Appels à talks ouverts',
    until: "jusqu'au ",
    proposeLink: 'proposer un talk',
    for: ' pour ',
    formats: 'Trois formats',
    sameFormats: 'Les mêmes formats que',
    pastTalks: 'les talks déjà donnés',
    filter: ', où chacun se filtre par format.',
    languageTitle: 'En français ou en anglais',
    language: 'Les talks se donnent en français ou en anglais : dites-nous laquelle dans votre proposition.',
    howTitle: 'Comment proposer',
    steps: [
      'Ouvrez le formulaire (un ticket GitHub, un compte GitHub suffit).',
      'Donnez votre nom, une courte bio, le format, la langue et un résumé de quelques lignes.',
      "L'équipe vous répond sur le ticket, et vous aide à préparer le talk si vous le souhaitez.",
    ],
    openForm: 'Ouvrir le formulaire de proposition',
    inspire: 'Pour vous inspirer',
    allPastTalks: 'tous les talks déjà donnés',
  },
  /** An event in a list, its practical facts and its open calls. */
  event: {
    hybrid: 'sur place et en ligne',
    days: 'jours',
    cfpUntil: "CFP ouvert jusqu'au ",
    proposeFor: ' : proposer un talk pour ',
    recapCount: (count: number): string => (count > 1 ? `${count} comptes rendus` : 'Compte rendu'),
    videoCount: (count: number): string => (count > 1 ? `${count} vidéos` : '1 vidéo'),
    slides: 'Slides',
    facts: 'Informations pratiques',
    when: 'Quand',
    where: 'Où',
    links: 'Liens',
    organizers: 'Organisation',
    localTime: 'Heure locale (',
    map: 'Voir sur OpenStreetMap',
    mapOf: ' : ',
    alsoOnline: 'Et en ligne',
    on: ' sur ',
    website: "Site de l'événement",
    register: "S'inscrire",
    until: " jusqu'au ",
    registerUntil: (until: string) => ` (jusqu'au ${until})`,
    addToCalendar: ' Ajouter à mon agenda ',
    cfpOpen: 'Appel à talks ouvert',
    registrationOpen: 'Inscriptions ouvertes',
    anything: 'Vous avez quelque chose à raconter',
    proposalsOpen: '? Les propositions sont ouvertes',
    untilDay: "jusqu'au ",
    formats: '. Au choix',
    languages: ', en français ou en anglais (',
    how: 'comment proposer',
    registrationUntil: "Jusqu'au ",
    to: ' à ',
  },
  /** The events page, below its introduction. */
  eventsPage: {
    subscribe: 'S’abonner au calendrier',
    subscribeDetail: 'Votre agenda ajoute les nouveaux événements tout seul.',
    download: 'Télécharger le fichier .ics',
    downloadDetail: 'Une copie des événements d’aujourd’hui, à importer une fois.',
    proposeDetail: 'Un retour d’expérience, un outil, une leçon : la scène est ouverte.',
    upcoming: 'À venir',
    noDate: "Pas de date annoncée pour l'instant. Les prochains meetups sont annoncés sur",
    noDateAfter: "et arrivent ici dès qu'ils sont publiés.",
    past: 'Événements passés',
  },
  /** The search page. */
  searchPage: {
    description: (site: string) => `Rechercher dans les articles, les événements et les pages de ${site}.`,
    intro: 'Dans les articles, les événements (talks, speakers, villes) et les pages du site.',
    noScript: 'La recherche a besoin de JavaScript. Sans lui, parcourez',
    tags: 'les thèmes',
    or: ' ou',
    posts: 'tous les articles',
  },
  /** Link labels for well-known sites, shown instead of a bare URL. */
  knownSites: {
    telegram: 'Groupe Telegram',
    youtube: 'Vidéo YouTube',
    meetup: 'Page Meetup',
    github: 'Dépôt GitHub',
  },
  /** The partners page's group of the organisation's own partners, when site.yaml's `intros.ownPartners` does not name it. */
  ownPartners: 'Nos partenaires',
  /** The themes' pages and the talk archive's filtered pages. */
  topics: {
    title: 'Thèmes',
    intro: 'Les articles de la communauté, rangés par sujet.',
    tagDescription: (site: string, tag: string) => `Les articles de ${site} sur le thème ${tag}.`,
    articles: (count: number): string =>
      count === 0 ? "aucun article pour l'instant" : `${count} article${count > 1 ? 's' : ''}`,
    talksOn: (topic: string) => `Talks\u202f: ${topic}`,
    topicDescription: (topic: string, site: string) => `Les talks sur le sujet « ${topic} » aux événements de ${site}.`,
    topicIntro: (topic: string) => `Les sessions sur le sujet « ${topic} », les plus récentes d’abord.`,
    formatDescription: (format: string, site: string) => `Les sessions au format ${format} des événements de ${site}.`,
    formatIntro: (format: string) => `Les sessions au format ${format}, les plus récentes d’abord.`,
  },
  /** Links to the lists, pages of a list, and the ways onto the stage. */
  lists: {
    allPosts: 'Tous les articles (',
    newer: '← Plus récents',
    older: 'Plus anciens →',
    page: 'Page ',
    of: ' sur ',
    onTheme: (count: string) => `${count} sur ce thème`,
    noneOnTheme: "Aucun article sur ce thème pour l'instant",
    formatsAndLanguages: 'formats et langues',
    eager: 'Envie de raconter votre expérience à un prochain rendez-vous',
  },
  /** The speakers' pages. */
  speakers: {
    title: 'Intervenants',
    one: 'Intervenant',
    all: 'Tous les intervenants',
    description: (who: string, count: number, site: string) =>
      `${who} : ${count} ${count > 1 ? 'sessions' : 'session'} aux événements de ${site}.`,
  },
  /** Under an event's partners. */
  allPartners: (site: string) => `Tous les partenaires de ${site} et les événements qu'ils ont soutenus`,
  /** The talk archive's filters. */
  archive: { filter: 'Filtrer les talks', all: 'Tous', topic: 'Sujet' },
  /** After a post's date, when it changed since. */
  updated: '(mis à jour le ',
  /** Under a video: « Voir « titre » sur YouTube ». */
  watch: { before: 'Voir «', space: '\u202f', after: '» sur YouTube' },
  /** The list of posts: its title, and its later pages. */
  posts: { title: 'Articles', page: (n: number | string) => `Articles, page ${n}` },
  /** Feed readers' name for the site's feed, and the calendar apps' name for its events. */
  feedTitle: (site: string) => `${site} : les articles`,
  calendarTitle: (site: string) => `${site} : événements`,
  /** An event's description in calendar apps. */
  calendarText: { online: 'En ligne : ', details: 'Programme et détails : ' },
  /** The small capitals above a share card's title, and its line's words. */
  shareCards: {
    post: 'Article',
    event: 'Événement',
    speaker: 'Intervenant',
    site: 'Communauté',
    online: 'En ligne',
    sessions: (count: number) => `${count} ${count > 1 ? 'sessions' : 'session'}`,
  },
  /** The first crumb of every page's breadcrumb (JSON-LD). */
  homeCrumb: 'Accueil',
  /** Under a post: other posts that share its tags. */
  relatedPosts: 'À lire aussi',
  /** The buttons to join the community (site.yaml's `join`), for screen readers. */
  joinLinks: 'Rejoindre la communauté',
  /** A partner's list of events, for screen readers. */
  partnerEvents: (partner: string) => `Événements soutenus par ${partner}`,
  /** A page that only sends visitors elsewhere. */
  moved: 'Cette page a déménagé : ',
  /** The job board: its list, an offer's page, and /jobs/ when the site has no board page of its own. */
  jobs: {
    title: 'Offres d’emploi',
    boardIntro: 'Les offres partagées avec la communauté.',
    current: 'Les offres du moment',
    none: "Aucune offre ouverte pour l'instant.",
    offerTitle: (title: string, company: string) => `${title} chez ${company}`,
    published: 'Publiée le ',
    openUntil: ' · ouverte jusqu’au ',
    closedSince: 'Cette offre est close depuis le ',
    applyAt: 'Voir l’offre chez ',
    all: 'Toutes les offres du job board',
    remote: 'Télétravail',
    cityOrRemote: (city: string) => `${city} ou télétravail`,
    contracts: { cdi: 'CDI', cdd: 'CDD', freelance: 'Freelance', stage: 'Stage', alternance: 'Alternance' },
  },
};

export type InterfaceMessages = typeof fr;
