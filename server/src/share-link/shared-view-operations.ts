import { SharedView } from '@throughline/shared';
import { ScopedOperation } from '../auth/caller';
import { variableFingerprint } from '../common/operation-fingerprint';
import { alignmentParams, roadmapParams } from './shared-view-params';

/**
 * The queries each shared view sends: the web app's own documents (web/src/features/*\/api),
 * named by operationFingerprint (common/operation-fingerprint.ts). A share link runs these and
 * nothing else, with the variables its params pin. When the web app changes one of them,
 * test/share-link.api.spec.ts fails and prints the new fingerprint to put here.
 */
export const SHARED_VIEW_OPERATIONS = {
  [SharedView.ROADMAP]: {
    Roadmap: { rootField: 'roadmap', document: '3d03e41fd23c9aa988c95cfe8d89ea38aa572fee91ea3c5f046699d3328e7c41' },
    RoadmapVerdicts: { rootField: 'outcomes', document: 'b93cbfdbce28604c00e972be79a078ccd632dcdd2818af23380cee144d465c8d' },
  },
  [SharedView.ALIGNMENT]: {
    FiscalCalendar: { rootField: 'roadmap', document: '63a7f8d26e03bdaec371cd2af8ad65c7db389c42373c154f6f0d816f10338acc' },
    AlignmentOverview: { rootField: 'alignment', document: 'ae61b343b7db631ba2a152305404b75b25ee9493104b9517894bfdfd8e28ae68' },
  },
} as const satisfies Record<SharedView, Record<string, { rootField: string; document: string }>>;

/** The Query fields some shared view answers (for the role matrix). */
export const SHARED_VIEW_FIELDS: ReadonlySet<string> = new Set(
  Object.values(SHARED_VIEW_OPERATIONS).flatMap((operations) => Object.values(operations).map((operation) => operation.rootField)),
);

/** Each operation of the view by name, with the variables the link's params pin (as the web app sends them). */
export function sharedViewVariables(view: SharedView, params: string, fiscalStartMonth: number): Record<string, Record<string, unknown>> {
  if (view === SharedView.ROADMAP) {
    const { from, to, groupBy, teamIds, goalIds, statuses, search, baseline } = roadmapParams(params);
    const filtered = Object.entries({ teamIds, goalIds, statuses, search }).filter(([, value]) => value.length > 0);
    const filter = filtered.length ? { filter: Object.fromEntries(filtered) } : {};
    // A document that declares no baseline variables is checked without them.
    const comparison = { baselineId: baseline, withBaseline: baseline !== '' };
    return {
      Roadmap: { from, to, groupBy, ...filter, ...comparison },
      // The verdicts of the link's own done bars, without their metrics.
      RoadmapVerdicts: { from, to, ...filter, withMetrics: false },
    };
  }
  const { start, end, fiscalYear } = alignmentParams(params, fiscalStartMonth);
  return {
    // January 1st of a fiscal year's name lies in it, whatever month the year starts in.
    FiscalCalendar: { day: `${fiscalYear}-01-01` },
    AlignmentOverview: { from: start, to: end, since: `${start}T00:00:00.000Z`, until: `${end}T23:59:59.999Z` },
  };
}

/** What a link for this view and params may run. */
export function sharedViewScope(view: SharedView, params: string, fiscalStartMonth: number): ScopedOperation[] {
  const operations: Record<string, { document: string }> = SHARED_VIEW_OPERATIONS[view];
  return Object.entries(sharedViewVariables(view, params, fiscalStartMonth)).map(([name, variables]) => ({
    document: operations[name].document,
    variables: Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, variableFingerprint(value)])),
  }));
}
