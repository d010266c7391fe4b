import InitiativePage from '../../features/initiative/initiative-page';
import { RiskPanel } from '../../features/risk/components/risk-panel';

export default function InitiativeRoute() {
  return <InitiativePage RiskPanel={RiskPanel} />;
}
