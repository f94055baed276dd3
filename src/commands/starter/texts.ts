/** The starter organisation's words in each language. Fictional: an example to replace, not anyone's plan. */
export type StarterLocale = 'nl-BE' | 'en';

export const TEXTS = {
  'nl-BE': {
    organisation: 'Buurtwerk Voorbeeld',
    planTitle: (p: string) => `Meerjarenplan ${p}`,
    planBody:
      'Het meerjarenplan van een fictieve organisatie, als voorbeeld om te vervangen. Het project [Woonloket](@woonloket) en het\n' +
      '[Buurtpunt](@buurtpunt) tonen hoe acties bijdragen aan de doelstellingen.',
    themes: { housing: 'Wonen', meeting: 'Ontmoeting' },
    activityTypes: [
      { id: 'bijeenkomsten', title: 'Bijeenkomsten' },
      { id: 'vorming', title: 'Vorming' },
    ],
    sd1: { title: 'Betaalbaar en gezond wonen', statement: 'Mensen in een kwetsbare positie wonen betaalbaar en gezond.' },
    od1: { title: 'Woonkwaliteit', statement: 'Huurders kennen hun rechten en verbeteren samen de kwaliteit van hun woning.' },
    sd2: { title: 'Sterke buurten', statement: 'Buurtbewoners kennen elkaar en wegen samen op het beleid van hun buurt.' },
    od2: { title: 'Ontmoeting in de buurt', statement: 'Er zijn plekken waar buurtbewoners elkaar ontmoeten en samen iets ondernemen.' },
    goalBody: 'Leg hier uit waarom deze doelstelling er is en wat ze inhoudt (de toelichting).',
    housingDesk: { title: 'Woonloket', body: 'Een wekelijks loket waar huurders terechtkunnen met vragen over hun woning.' },
    hub: { title: 'Buurtpunt', body: 'Een ontmoetingsplek in de buurt, door en voor buurtbewoners.' },
    hubNorth: { title: 'Buurtpunt Noord', body: 'Het eerste buurtpunt, in de wijk Noord.' },
    region: { id: 'voorbeeldstreek', title: 'Voorbeeldstreek', body: 'De regio waarin de organisatie werkt.' },
    chapter: {
      id: 'inleiding',
      title: 'Inleiding',
      body: 'Schrijf hier de inleiding van het meerjarenplan. Elk hoofdstuk is één bestand in `content/chapters/plan/`.',
    },
    reportId: (y: number) => `vr-${y}`,
    reportTitle: (y: number) => `Voortgangsrapport ${y}`,
    progressBody:
      'Beschrijf hier wat het project dit jaar deed. De beoordelingen en de status staan op `not-stated` (niet vermeld)\n' +
      'tot je ze invult; cijfers die niemand rapporteerde, laat je weg: wat ontbreekt, is geen nul.',
  },
  en: {
    organisation: 'Neighbourhood Works Example',
    planTitle: (p: string) => `Multi-year plan ${p}`,
    planBody:
      'The multi-year plan of a fictional organisation, an example to replace. The projects [Housing desk](@housing-desk) and\n' +
      '[Neighbourhood hub](@neighbourhood-hub) show how actions serve the goals.',
    themes: { housing: 'Housing', meeting: 'Meeting' },
    activityTypes: [
      { id: 'meetings', title: 'Meetings' },
      { id: 'training', title: 'Training' },
    ],
    sd1: { title: 'Affordable and healthy housing', statement: 'People in a vulnerable position live in affordable and healthy homes.' },
    od1: { title: 'Housing quality', statement: 'Tenants know their rights and improve the quality of their homes together.' },
    sd2: {
      title: 'Strong neighbourhoods',
      statement: 'Residents know each other and together weigh on the policy for their neighbourhood.',
    },
    od2: { title: 'Meeting in the neighbourhood', statement: 'There are places where residents meet and take initiatives together.' },
    goalBody: 'Explain here why this goal exists and what it means.',
    housingDesk: { title: 'Housing desk', body: 'A weekly desk where tenants bring their questions about their homes.' },
    hub: { title: 'Neighbourhood hub', body: 'A meeting place in the neighbourhood, run by and for its residents.' },
    hubNorth: { title: 'Neighbourhood hub North', body: 'The first hub, in the North district.' },
    region: { id: 'example-region', title: 'Example region', body: 'The region the organisation works in.' },
    chapter: {
      id: 'introduction',
      title: 'Introduction',
      body: 'Write the introduction of the plan here. Each chapter is one file in `content/chapters/plan/`.',
    },
    reportId: (y: number) => `report-${y}`,
    reportTitle: (y: number) => `Progress report ${y}`,
    progressBody:
      'Describe here what the project did this year. The ratings and the status are `not-stated` until you fill them\n' +
      'in; leave out figures nobody reported: missing is not zero.',
  },
} as const;

/** Ids of the starter's themes, goals and projects per language (ids are lower-case words of the content's language). */
export const IDS = {
  'nl-BE': { housing: 'wonen', meeting: 'ontmoeting', desk: 'woonloket', hub: 'buurtpunt', hubNorth: 'buurtpunt-noord' },
  en: { housing: 'housing', meeting: 'meeting', desk: 'housing-desk', hub: 'neighbourhood-hub', hubNorth: 'neighbourhood-hub-north' },
} as const;
