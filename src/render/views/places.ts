/** Municipalities and regions: which actions work where, per welfare region, and each region's meetings. */
import { pushTo } from '../../core/group.js';
import type { ActionDoc, Doc, LinkContext } from '../../core/link/model.js';
import { byOrderThenId, collated, sortBy } from '../../core/sort.js';

export type Municipality = Doc<'municipalities'>['data']['items'][number];

export interface PlacesView {
  /** Per welfare region its municipalities, then (region undefined) the others where some action works; by name. */
  groups: { region: Doc<'region'> | undefined; municipalities: Municipality[] }[];
  actionsIn: ReadonlyMap<string, readonly ActionDoc[]>;
  welfareRegions: Doc<'region'>[];
  /** Sources the welfare regions name (their meetings' source), in the regions' order. */
  sources: Doc<'source'>[];
}

export function placesView(content: LinkContext): PlacesView | null {
  const municipalities = content.municipalityLists.flatMap((l) => l.data.items);
  if (municipalities.length === 0 && content.regions.length === 0) return null;
  const actionsIn = new Map<string, ActionDoc[]>();
  for (const a of content.actions) for (const m of a.data.municipalities ?? []) pushTo(actionsIn, m, a);
  const welfare = content.regions.filter((x) => x.data.type === 'welfare-region').sort(byOrderThenId);
  // Names as readers sort them: Dutch collation, the content's language.
  const byName = (list: Municipality[]) =>
    sortBy(
      list,
      collated((m) => m.name, 'nl'),
    );
  const groups = [
    ...welfare.map((w) => ({
      region: w as Doc<'region'> | undefined,
      municipalities: byName(municipalities.filter((m) => m.region === w.data.id)),
    })),
    {
      region: undefined,
      municipalities: byName(
        municipalities.filter((m) => (!m.region || !welfare.some((w) => w.data.id === m.region)) && actionsIn.has(m.id)),
      ),
    },
  ].filter((g) => g.municipalities.length > 0);
  const sourceIds = [...new Set(welfare.map((w) => w.data.source).filter((x): x is string => x !== undefined))];
  const sources = sourceIds.flatMap((id) => content.sources.filter((s) => s.data.id === id).slice(0, 1));
  return { groups, actionsIn, welfareRegions: welfare, sources };
}
