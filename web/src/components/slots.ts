import type { ComponentType } from 'react';
import type { RiskFieldsFragment } from '../gql/graphql';

// A feature never imports another (STYLE.md). Where a page shows a piece of another feature, it
// takes that piece as a prop typed here, and app/ hands it the real one.

export interface CreateDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Prefilled values of "New initiative", e.g. the lane's team or the goal the user is looking at. */
export interface NewInitiativeDefaults {
  leadTeamId?: string;
  startDate?: string;
  endDate?: string;
  goalIds?: string[];
}

export interface NewInitiativeDialogProps extends CreateDialogProps {
  defaults?: NewInitiativeDefaults;
  /** What to do with the new initiative; by default its page opens, to fill in the rest. */
  onCreated?: (initiative: { id: string; key: string; title: string }) => void;
}

export interface NewGoalDialogProps extends CreateDialogProps {
  /** Preselected parent, when adding a sub-goal. */
  parentId?: string;
}

/** A text box that finds an initiative by key or title. */
export interface InitiativePickerProps {
  label: string;
  onSelect: (initiative: { id: string; key: string; title: string }) => void;
  error?: string;
  /** Keeps the picked initiative's key and title in the box (single choice) instead of clearing it. */
  keepSelection?: boolean;
}

/** Where a risk belongs: an initiative, a goal, or (when both are absent) nothing yet. */
export interface RiskAttachment {
  initiativeId?: string;
  goalId?: string;
}

export interface RiskPanelProps {
  risks: readonly RiskFieldsFragment[];
  attachTo: RiskAttachment;
  /** "initiative" or "goal", for the empty state. */
  ownerKind: string;
  onReload: () => Promise<unknown>;
}

/** A view a share link opens: the roadmap or the alignment page, with its URL query. */
export interface ShareButtonProps {
  view: 'ROADMAP' | 'ALIGNMENT';
  /** The view's URL query as it is on screen, e.g. "from=2027-01-01&to=2027-12-31&team=…". */
  params: string;
}

/** The decision records linked to an initiative or a goal (one of the two). */
export interface DecisionsPanelProps {
  initiativeId?: string;
  goalId?: string;
}

export type DecisionsPanelSlot = ComponentType<DecisionsPanelProps>;

/** The verdict cards of an initiative: whether the work moved each metric it should move. */
export interface OutcomesPanelProps {
  initiativeId: string;
}

export type OutcomesPanelSlot = ComponentType<OutcomesPanelProps>;
export type NewInitiativeDialogSlot = ComponentType<NewInitiativeDialogProps>;
export type NewGoalDialogSlot = ComponentType<NewGoalDialogProps>;
export type NewTeamDialogSlot = ComponentType<CreateDialogProps>;
export type InitiativePickerSlot = ComponentType<InitiativePickerProps>;
export type RiskPanelSlot = ComponentType<RiskPanelProps>;
export type ShareButtonSlot = ComponentType<ShareButtonProps>;

/** An initiative's forecast and why, the risks it inherits along its dependencies, and its check-ins. */
export interface CheckInPanelProps {
  initiativeId: string;
  /** Its health now, where a new check-in starts. */
  health: string;
}

export type CheckInPanelSlot = ComponentType<CheckInPanelProps>;
