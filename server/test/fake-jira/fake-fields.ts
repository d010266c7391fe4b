// What GET /rest/api/3/field lists: the real Advanced Roadmaps / Team fields with realistic ids,
// and look-alikes carrying the same display names but other types (as many real sites have).

export const FIELD_IDS = {
  targetStart: 'customfield_10022',
  targetEnd: 'customfield_10023',
  team: 'customfield_10001',
  decoyTargetStart: 'customfield_10040',
  decoyTargetEnd: 'customfield_10041',
  decoyTeam: 'customfield_10042',
  startDate: 'customfield_10015',
};

function system(id: string, name: string, type: string, items?: string) {
  return {
    id,
    key: id,
    name,
    custom: false,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [id],
    schema: { type, system: id, ...(items ? { items } : {}) },
  };
}

function custom(id: string, name: string, type: string, customType: string) {
  const customId = Number(id.replace('customfield_', ''));
  return {
    id,
    key: id,
    name,
    untranslatedName: name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name],
    schema: { type, custom: customType, customId },
  };
}

const DATEPICKER = 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker';

export const FIELD_LIST = [
  system('summary', 'Summary', 'string'),
  system('description', 'Description', 'string'),
  system('status', 'Status', 'status'),
  system('duedate', 'Due date', 'date'),
  system('project', 'Project', 'project'),
  system('parent', 'Parent', 'issuelink'),
  system('issuelinks', 'Linked Issues', 'array', 'issuelinks'),
  system('issuetype', 'Issue Type', 'issuetype'),
  system('updated', 'Updated', 'datetime'),
  system('created', 'Created', 'datetime'),
  custom(FIELD_IDS.team, 'Team', 'any', 'com.atlassian.teams:rm-teams-custom-field-team'),
  custom(FIELD_IDS.startDate, 'Start date', 'date', DATEPICKER),
  custom(FIELD_IDS.targetStart, 'Target start', 'date', 'com.atlassian.jpo:jpo-custom-field-baseline-start'),
  custom(FIELD_IDS.targetEnd, 'Target end', 'date', 'com.atlassian.jpo:jpo-custom-field-baseline-end'),
  custom(FIELD_IDS.decoyTargetStart, 'Target start', 'date', DATEPICKER),
  custom(FIELD_IDS.decoyTargetEnd, 'Target end', 'date', DATEPICKER),
  custom(FIELD_IDS.decoyTeam, 'Team', 'option', 'com.atlassian.jira.plugin.system.customfieldtypes:select'),
];
