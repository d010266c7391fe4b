import { TeamModule } from './team/team.module';

/** One module per domain feature. */
export const FEATURE_MODULES = [TeamModule];
