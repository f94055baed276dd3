/**
 * The starter organisation's words in each language. Fictional: an example to replace, not anyone's plan. The
 * instructional sentences and the example name come from the core, where the placeholders rule reads them too.
 */
import { STARTER_ORGANISATION, STARTER_SENTENCES, type StarterLocale, starterBody } from '../../core/placeholders.js';

export type { StarterLocale };

const NL = STARTER_SENTENCES['nl-BE'];
const EN = STARTER_SENTENCES.en;

export const TEXTS = {
  'nl-BE': {
    organisation: STARTER_ORGANISATION['nl-BE'],
    planTitle: (p: string) => `Meerjarenplan ${p}`,
    planBody: starterBody(NL.plan),
    themes: { housing: 'Wonen', meeting: 'Ontmoeting' },
    activityTypes: [
      { id: 'bijeenkomsten', title: 'Bijeenkomsten' },
      { id: 'vorming', title: 'Vorming' },
    ],
    sd1: { title: 'Betaalbaar en gezond wonen', statement: 'Mensen in een kwetsbare positie wonen betaalbaar en gezond.' },
    od1: { title: 'Woonkwaliteit', statement: 'Huurders kennen hun rechten en verbeteren samen de kwaliteit van hun woning.' },
    sd2: { title: 'Sterke buurten', statement: 'Buurtbewoners kennen elkaar en wegen samen op het beleid van hun buurt.' },
    od2: { title: 'Ontmoeting in de buurt', statement: 'Er zijn plekken waar buurtbewoners elkaar ontmoeten en samen iets ondernemen.' },
    goalBody: starterBody(NL.goal),
    housingDesk: { title: 'Woonloket', body: 'Een wekelijks loket waar huurders terechtkunnen met vragen over hun woning.' },
    hub: { title: 'Buurtpunt', body: 'Een ontmoetingsplek in de buurt, door en voor buurtbewoners.' },
    hubNorth: { title: 'Buurtpunt Noord', body: 'Het eerste buurtpunt, in de wijk Noord.' },
    region: { id: 'voorbeeldstreek', title: 'Voorbeeldstreek', body: starterBody(NL.region) },
    chapter: {
      id: 'inleiding',
      title: 'Inleiding',
      body: starterBody(NL.chapter),
    },
    reportId: (y: number) => `vr-${y}`,
    reportTitle: (y: number) => `Voortgangsrapport ${y}`,
    progressBody: starterBody(NL.progress),
  },
  en: {
    organisation: STARTER_ORGANISATION.en,
    planTitle: (p: string) => `Multi-year plan ${p}`,
    planBody: starterBody(EN.plan),
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
    goalBody: starterBody(EN.goal),
    housingDesk: { title: 'Housing desk', body: 'A weekly desk where tenants bring their questions about their homes.' },
    hub: { title: 'Neighbourhood hub', body: 'A meeting place in the neighbourhood, run by and for its residents.' },
    hubNorth: { title: 'Neighbourhood hub North', body: 'The first hub, in the North district.' },
    region: { id: 'example-region', title: 'Example region', body: starterBody(EN.region) },
    chapter: {
      id: 'introduction',
      title: 'Introduction',
      body: starterBody(EN.chapter),
    },
    reportId: (y: number) => `report-${y}`,
    reportTitle: (y: number) => `Progress report ${y}`,
    progressBody: starterBody(EN.progress),
  },
} as const;

/** Ids of the starter's themes, goals and projects per language (ids are lower-case words of the content's language). */
export const IDS = {
  'nl-BE': { housing: 'wonen', meeting: 'ontmoeting', desk: 'woonloket', hub: 'buurtpunt', hubNorth: 'buurtpunt-noord' },
  en: { housing: 'housing', meeting: 'meeting', desk: 'housing-desk', hub: 'neighbourhood-hub', hubNorth: 'neighbourhood-hub-north' },
} as const;
