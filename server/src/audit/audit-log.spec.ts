import { ActorKind, AuditAction } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { AuditLog, changesBetween, eventsBetween } from './audit-log';

const FIELDS = ['title', 'endDate', 'teamIds'];

describe('changesBetween', () => {
  it('lists only the fields whose value differs, as JSON text, link sets compared as sets', () => {
    const before = { title: 'A', endDate: '2027-03-31', teamIds: ['t1', 't2'] };
    const after = { title: 'A', endDate: '2027-04-30', teamIds: ['t2', 't1'] };
    expect(changesBetween(before, after, FIELDS)).toEqual([{ field: 'endDate', before: '"2027-03-31"', after: '"2027-04-30"' }]);
  });

  it('on creation lists what was set (before null), on deletion what there was (after null); a cleared value is JSON null', () => {
    expect(changesBetween(null, { title: 'A', endDate: null, teamIds: [] }, FIELDS)).toEqual([
      { field: 'title', before: null, after: '"A"' },
    ]);
    expect(changesBetween({ title: 'A', endDate: '2027-03-31', teamIds: [] }, null, FIELDS)).toEqual([
      { field: 'title', before: '"A"', after: null },
      { field: 'endDate', before: '"2027-03-31"', after: null },
    ]);
    expect(changesBetween({ endDate: '2027-03-31' }, { endDate: null }, ['endDate'])).toEqual([
      { field: 'endDate', before: '"2027-03-31"', after: 'null' },
    ]);
  });
});

describe('eventsBetween', () => {
  it('names the action by which side has the row', () => {
    const events = eventsBetween(
      'Initiative',
      FIELDS,
      new Map([
        ['gone', { title: 'Old' }],
        ['kept', { title: 'Same' }],
      ]),
      new Map([
        ['kept', { title: 'Same' }],
        ['new', { title: 'New' }],
      ]),
    );
    expect(events.map((event) => [event.entityId, event.action, event.changes.length])).toEqual([
      ['gone', AuditAction.DELETE, 1],
      ['kept', AuditAction.UPDATE, 0],
      ['new', AuditAction.CREATE, 1],
    ]);
  });
});

describe('AuditLog.record', () => {
  const actor = { kind: ActorKind.SYSTEM, name: 'System', userId: null, tokenId: null, requestId: null };
  const manager = () => {
    const query = jest.fn().mockResolvedValue([]);
    return { query, manager: { query } as unknown as EntityManager };
  };

  it('writes nothing for updates that changed nothing', async () => {
    const sut = manager();
    await AuditLog.record(sut.manager, actor, [{ action: AuditAction.UPDATE, entityType: 'Goal', entityId: 'g', changes: [] }]);
    expect(sut.query).not.toHaveBeenCalled();
  });

  it('writes a batch in one statement', async () => {
    const sut = manager();
    const change = { field: 'title', before: null, after: '"A"' };
    await AuditLog.record(sut.manager, actor, [
      { action: AuditAction.CREATE, entityType: 'Goal', entityId: 'g1', changes: [change] },
      { action: AuditAction.CREATE, entityType: 'Goal', entityId: 'g2', changes: [change] },
    ]);
    expect(sut.query).toHaveBeenCalledTimes(1);
  });

  it.each(['password', 'apiToken', 'secretKey', 'passwordHash'])('refuses to record a secret (%s)', async (field) => {
    const sut = manager();
    const event = { action: AuditAction.UPDATE, entityType: 'User', entityId: 'u', changes: [{ field, before: null, after: '"x"' }] };
    await expect(AuditLog.record(sut.manager, actor, [event])).rejects.toThrow(/never records secrets/);
    expect(sut.query).not.toHaveBeenCalled();
  });
});
