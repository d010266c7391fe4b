import { InitiativeSearchSelect } from '../../features/initiative/components/initiative-search-select';
import RiskPage from '../../features/risk/risk-page';

export default function RisksRoute() {
  return <RiskPage InitiativePicker={InitiativeSearchSelect} />;
}
