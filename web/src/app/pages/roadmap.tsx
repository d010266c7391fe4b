import { RoadmapCapacity } from '../../features/capacity/roadmap-capacity';
import { CreateGoalDialog } from '../../features/goal/components/create-goal-dialog';
import { CreateInitiativeDialog } from '../../features/initiative/components/create-initiative-dialog';
import RoadmapPage from '../../features/roadmap/roadmap-page';
import { ShareButton } from '../../features/share-links/components/share-button';
import { CreateTeamDialog } from '../../features/team/components/create-team-dialog';

/** The roadmap, with the "New …" dialogs, the Share button and the team loads of the features that own them. */
export default function RoadmapRoute() {
  return (
    <RoadmapPage
      NewInitiativeDialog={CreateInitiativeDialog}
      NewGoalDialog={CreateGoalDialog}
      NewTeamDialog={CreateTeamDialog}
      ShareButton={ShareButton}
      Capacity={RoadmapCapacity}
    />
  );
}
