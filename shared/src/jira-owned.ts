/**
 * The fields of an imported initiative that Jira owns (the contract's Access section): read-only
 * in Throughline until two-way sync exists. Field names as in UpdateInitiativeInput.
 */
export const JIRA_OWNED_FIELDS = ['title', 'description', 'status', 'startDate', 'endDate', 'leadTeamId'] as const;

export type JiraOwnedField = (typeof JIRA_OWNED_FIELDS)[number];
