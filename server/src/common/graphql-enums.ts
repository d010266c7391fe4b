import { registerEnumType } from '@nestjs/graphql';
import { Health, InitiativeStatus, MetricDirection, RiskStatus, Role, RoadmapGroupBy } from '@throughline/shared';

registerEnumType(InitiativeStatus, { name: 'InitiativeStatus', description: 'Where an initiative is in its life.' });
registerEnumType(Health, { name: 'Health', description: 'Whether an initiative is on course to land as planned.' });
registerEnumType(MetricDirection, { name: 'MetricDirection', description: 'Which way a metric moving is good.' });
registerEnumType(RiskStatus, { name: 'RiskStatus', description: 'Where a risk is in its handling.' });
registerEnumType(RoadmapGroupBy, { name: 'RoadmapGroupBy', description: 'What the lanes of a roadmap stand for.' });
registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller may do: VIEWER reads, EDITOR also changes planning data, ADMIN also manages users, Jira and tokens.',
});

export { Health, InitiativeStatus, MetricDirection, RiskStatus, Role, RoadmapGroupBy };
