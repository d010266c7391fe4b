import { CheckInPanel } from '../../features/check-ins/components/check-in-panel';
import { DecisionsPanel } from '../../features/decisions/components/decisions-panel';
import InitiativePage from '../../features/initiative/initiative-page';
import { InitiativeOutcomes } from '../../features/outcomes/components/initiative-outcomes';
import { RiskPanel } from '../../features/risk/components/risk-panel';

export default function InitiativeRoute() {
  return (
    <InitiativePage RiskPanel={RiskPanel} OutcomesPanel={InitiativeOutcomes} DecisionsPanel={DecisionsPanel} CheckInPanel={CheckInPanel} />
  );
}
