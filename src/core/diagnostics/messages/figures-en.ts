/** The English names of the compared figures (`compute/declared-differs`, `compute/stated-part-exceeds`). */

import type { FigureDifference } from '../catalogue.js';
import { q } from './format.js';

export const BUDGET = {
  'operating-income': 'operating income',
  'gross-margin': 'gross margin',
  'operating-result': 'operating result',
  'financial-result': 'financial result',
  'ordinary-result': 'result of ordinary activities',
  'exceptional-result': 'exceptional result',
  result: 'result',
} as const;

/** Names the compared figure as the report and the plan tables call it. */
export function figure(a: FigureDifference): string {
  switch (a.table) {
    case 'rgi-2.1':
      return a.measure === 'threeYearAverage' ? 'RGI 2.1 three-year average' : 'RGI 2.1 surplus';
    case 'rgi-2.2':
      if ('theme' in a) return `RGI 2.2 FTE of theme ${q(a.theme)}`;
      return a.measure === 'total' ? 'RGI 2.2 total FTE' : 'RGI 2.2 share working with the target group';
    case 'rgi-2.8':
      return 'theme' in a ? `RGI 2.8 policy dossiers of theme ${q(a.theme)}` : 'RGI 2.8 policy dossiers total';
    case 'rgi-2.10':
      return 'RGI 2.10 communication actions';
    case 'rgi-2.11':
      return `RGI 2.11 local funding from ${q(a.source)}`;
    case 'staffing':
      if ('row' in a) return `Staffing ${q(a.row)} ${a.measure === 'total' ? 'total' : 'decree share'}`;
      return {
        decree: 'Staffing total decree FTE',
        other: 'Staffing total other FTE',
        total: 'Staffing grand total',
        decreeShare: 'Staffing total decree share',
      }[a.measure];
    case 'extension-request':
      return 'Extension request total';
    case 'budget':
      return `Budget ${BUDGET[a.measure]}${a.year === undefined ? '' : ` ${a.year}`}`;
    case 'attendance':
      return `Meeting attendance for ${q(a.source)}`;
  }
}
