import DecisionPage from '../../features/decisions/decision-page';
import { InitiativeSearchSelect } from '../../features/initiative/components/initiative-search-select';

export default function DecisionRoute() {
  return <DecisionPage InitiativePicker={InitiativeSearchSelect} />;
}
