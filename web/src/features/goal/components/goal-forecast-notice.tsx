import { GoalAtRisk } from '../../../components/forecast-chain';
import { useGoalForecast } from '../api/goal-forecast.query';

/** Whether the work serving the goal is forecast past its target date, and the chain of causes. */
export function GoalForecastNotice({ goalId }: { goalId: string }) {
  const goal = useGoalForecast(goalId).data?.goal;
  return goal ? <GoalAtRisk goal={goal} /> : null;
}
