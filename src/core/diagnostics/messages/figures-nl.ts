/** The Dutch names of the compared figures (`compute/declared-differs`, `compute/stated-part-exceeds`). */

import type { FigureDifference } from '../catalogue.js';
import { q } from './format.js';

export const BUDGET = {
  'operating-income': 'bedrijfsopbrengsten',
  'gross-margin': 'brutomarge',
  'operating-result': 'bedrijfsresultaat',
  'financial-result': 'financieel resultaat',
  'ordinary-result': 'resultaat uit de gewone bedrijfsvoering',
  'exceptional-result': 'uitzonderlijk resultaat',
  result: 'resultaat',
} as const;

/** Noemt het vergeleken cijfer zoals het rapport en de plantabellen het noemen. */
export function figure(a: FigureDifference): string {
  switch (a.table) {
    case 'rgi-2.1':
      return a.measure === 'threeYearAverage' ? 'RGI 2.1 driejaarlijks gemiddelde' : 'RGI 2.1 overschot';
    case 'rgi-2.2':
      if ('theme' in a) return `RGI 2.2 VTE van thema ${q(a.theme)}`;
      return a.measure === 'total' ? 'RGI 2.2 totaal VTE' : 'RGI 2.2 aandeel dat met de doelgroep werkt';
    case 'rgi-2.8':
      return 'theme' in a ? `RGI 2.8 beleidsdossiers van thema ${q(a.theme)}` : 'RGI 2.8 beleidsdossiers totaal';
    case 'rgi-2.10':
      return 'RGI 2.10 communicatieacties';
    case 'rgi-2.11':
      return `RGI 2.11 lokale financiering uit ${q(a.source)}`;
    case 'staffing':
      if ('row' in a) return `Personeelsinzet ${q(a.row)} ${a.measure === 'total' ? 'totaal' : 'aandeel decreet'}`;
      return {
        decree: 'Personeelsinzet totaal VTE decreet',
        other: 'Personeelsinzet totaal VTE andere',
        total: 'Personeelsinzet algemeen totaal',
        decreeShare: 'Personeelsinzet totaal aandeel decreet',
      }[a.measure];
    case 'extension-request':
      return 'Uitbreidingsvraag totaal';
    case 'budget':
      return `Begroting ${BUDGET[a.measure]}${a.year === undefined ? '' : ` ${a.year}`}`;
    case 'attendance':
      return `Aanwezigen op de vergaderingen voor ${q(a.source)}`;
  }
}
