import { auditFilterOf, filterValuesOf, searchOf } from './audit-filter';

describe('the audit trail’s filters', () => {
  it('round-trip through the URL, leaving out what is empty', () => {
    const values = { who: 'user:u1', entityType: 'Initiative', entityId: ' i42 ', from: '2027-03-01', to: '' };
    const params = searchOf(values);
    expect(params.toString()).toBe('who=user%3Au1&entityType=Initiative&entityId=i42&from=2027-03-01');
    expect(filterValuesOf(params)).toEqual({ ...values, entityId: 'i42' });
  });

  it('become the API’s filter: a person or a kind of actor, whole days in the viewer’s time zone', () => {
    const filter = auditFilterOf({ who: 'user:u1', entityType: 'Initiative', entityId: 'i42', from: '2027-03-01', to: '2027-03-31' });
    // The tests run in Pacific/Auckland (UTC+13 in March).
    expect(filter).toEqual({
      actorUserId: 'u1',
      entityType: 'Initiative',
      entityId: 'i42',
      from: '2027-02-28T11:00:00.000Z',
      to: '2027-03-31T10:59:59.999Z',
    });
    expect(auditFilterOf({ who: 'kind:JIRA_SYNC', entityType: '', entityId: '', from: '', to: '' })).toEqual({ actorKind: 'JIRA_SYNC' });
  });
});
