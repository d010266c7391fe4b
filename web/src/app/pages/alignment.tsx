import AlignmentPage from '../../features/alignment/alignment-page';
import { CreateGoalDialog } from '../../features/goal/components/create-goal-dialog';
import { CreateInitiativeDialog } from '../../features/initiative/components/create-initiative-dialog';

export default function AlignmentRoute() {
  return <AlignmentPage NewGoalDialog={CreateGoalDialog} NewInitiativeDialog={CreateInitiativeDialog} />;
}
