import AlignmentPage from '../../features/alignment/alignment-page';
import { CreateGoalDialog } from '../../features/goal/components/create-goal-dialog';
import { CreateInitiativeDialog } from '../../features/initiative/components/create-initiative-dialog';
import { ShareButton } from '../../features/share-links/components/share-button';

export default function AlignmentRoute() {
  return <AlignmentPage NewGoalDialog={CreateGoalDialog} NewInitiativeDialog={CreateInitiativeDialog} ShareButton={ShareButton} />;
}
