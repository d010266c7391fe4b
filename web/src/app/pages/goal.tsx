import { DecisionsPanel } from '../../features/decisions/components/decisions-panel';
import GoalPage from '../../features/goal/goal-page';
import { CreateInitiativeDialog } from '../../features/initiative/components/create-initiative-dialog';
import { RiskPanel } from '../../features/risk/components/risk-panel';

export default function GoalRoute() {
  return <GoalPage RiskPanel={RiskPanel} NewInitiativeDialog={CreateInitiativeDialog} DecisionsPanel={DecisionsPanel} />;
}
