// The permission matrix as a table: every role × every action of core and of every module × (own unit, a unit
// below, the parent unit, a sibling unit). The expectations are written out here by hand — not recomputed from the
// modules' declarations — so that a change to the matrix has to be made twice, on purpose.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context.ts';
import type { Role } from '../../src/core/schema.ts';
import { RefusalError } from '../../src/core/refusal.ts';
import { ROLES, can, coversUnit, permissionMatrix, requirePermission, scopesFor, type Action } from '../../src/core/permissions.ts';
import { platformModules } from '../../src/platform.ts';

// The matrix of the platform: core's actions and every installed module's.
platformModules();
const PERMISSIONS = Object.fromEntries(permissionMatrix());

// Column order of the table below.
const COLS: Role[] = ['admin', 'official', 'village_head', 'resident', 'board_member', 'steering', 'union'];

// Y = the role may do it on its own unit (and, by inheritance, below); . = never.
//                                              adm off vh  res bm  st  un
// Actions another module is still adding may be listed before they exist in PERMISSIONS (they are skipped until then);
// an action of PERMISSIONS missing here fails the first test: add its row when you add the action.
const EXPECTED: Record<string, string> = {
  'unit.create':                               'Y   Y   .   .   .   .   .',
  'unit.update':                               'Y   Y   .   .   .   .   .',
  'household.create':                          'Y   Y   Y   .   .   .   .',
  'household.list':                            'Y   Y   Y   .   .   Y   .',
  'user.create':                               'Y   Y   .   .   .   .   .',
  'user.grant_privileged':                     'Y   .   .   .   .   .   .',
  'user.list':                                 'Y   Y   .   .   .   .   .',
  'audit.read':                                'Y   Y   .   .   Y   Y   .',
  'settings.manage':                           'Y   Y   .   .   .   .   .',
  'calendar.manage':                           'Y   .   .   .   .   .   .',
  'import.run':                                'Y   Y   .   .   .   .   .',
  'disclosure.publish':                        'Y   Y   .   .   .   .   .',
  'disclosure.answer':                         'Y   Y   .   .   .   .   .',
  'disclosure.record_posting':                 'Y   Y   Y   .   .   .   .',
  'disclosure.compliance':                     'Y   Y   .   .   .   Y   .',
  'attachment.read':                           'Y   Y   .   .   .   Y   .',
  'decision.open':                             'Y   Y   Y   .   .   .   .',
  'decision.enter_ballot':                     'Y   Y   Y   .   .   .   .',
  'decision.view_participation':               'Y   Y   Y   .   .   .   .',
  'decision.recognise':                        'Y   Y   .   .   .   .   .',
  'consultation.open':                         'Y   Y   .   .   .   .   .',
  'consultation.enter_opinion':                'Y   Y   Y   .   .   .   .',
  'consultation.respond':                      'Y   Y   .   .   .   .   .',
  'consultation.give_opinion':                 '.   .   Y   Y   .   .   .',
  'case.handle':                               'Y   Y   .   .   .   .   .',
  'case.list':                                 'Y   Y   .   .   .   Y   .',
  'reception.manage':                          'Y   Y   .   .   .   .   .',
  'conference.record':                         'Y   Y   .   .   .   .   Y',
  'conference.record_steering':                'Y   .   .   .   .   Y   .',
  'conference.record_training':                'Y   Y   .   .   .   Y   .',
  'oversight.record':                          'Y   .   .   .   Y   .   .',
  'oversight.answer':                          'Y   Y   .   .   .   .   .',
  'report.read':                               'Y   Y   .   .   .   Y   .',
  'report.edit':                               'Y   Y   .   .   .   Y   .',
  'report.sign_for_steering':                  '.   .   .   .   .   Y   .',
  'steering.manage':                           'Y   .   .   .   .   Y   .',
  'committee.manage':                          'Y   .   .   .   .   Y   .',
  'programme.manage':                          'Y   .   .   .   .   Y   .',
  'model.register':                            'Y   Y   .   .   .   .   Y',
  'model.evaluate':                            'Y   .   .   .   .   Y   .',
  'inspection.record':                         'Y   .   .   .   .   Y   .',
  'inspection.read':                           'Y   Y   .   .   .   Y   .',
  'evaluation.record':                         'Y   .   .   .   .   Y   .',
  'evaluation.read':                           'Y   Y   .   .   .   Y   .',
  'request.issue':                             'Y   .   .   .   .   Y   .',
  'request.submit':                            'Y   Y   .   .   .   .   Y',
};

// The tree of the test: province 10 → communes 20 (the granted unit) and 21 (its sibling) → village 30 below 20.
const UNITS = {
  parent: '/1/10/',
  own: '/1/10/20/',
  below: '/1/10/20/30/',
  sibling: '/1/10/21/',
} as const;
type Relation = keyof typeof UNITS;
// Roles inherit downward, never upward, never sideways.
const RELATION_INHERITS: Record<Relation, boolean> = { own: true, below: true, parent: false, sibling: false };

const actorWith = (role: Role, unitPath: string = UNITS.own): Actor => ({
  userId: 7,
  username: 'thu.nghiem',
  name: 'Người Thử Nghiệm',
  personId: 7,
  householdId: null,
  grants: [{ role, unitId: Number(unitPath.split('/').filter(Boolean).pop()), unitPath }],
});

function expected(action: Action, role: Role, relation: Relation): boolean {
  const cells = EXPECTED[action].trim().split(/\s+/);
  expect(cells, `row of ${action}`).toHaveLength(COLS.length);
  return cells[COLS.indexOf(role)] === 'Y' && RELATION_INHERITS[relation];
}

const ACTIONS = Object.keys(EXPECTED).filter((a) => a in PERMISSIONS) as Action[];
const cases = ACTIONS.flatMap((action) =>
  COLS.flatMap((role) => (Object.keys(UNITS) as Relation[]).map((relation) => ({ action, role, relation }))),
);

describe('permission matrix', () => {
  it('the expectation table covers exactly the actions and roles of PERMISSIONS', () => {
    const missing = Object.keys(PERMISSIONS).filter((a) => !(a in EXPECTED));
    expect(missing, 'actions of PERMISSIONS without a row in EXPECTED').toEqual([]);
    expect([...COLS].sort()).toEqual([...ROLES].sort());
  });

  it.each(cases)('$role · $action · $relation unit', ({ action, role, relation }) => {
    const actor = actorWith(role);
    const want = expected(action, role, relation);
    expect(can(actor, action, UNITS[relation])).toBe(want);
    if (want) {
      expect(requirePermission(actor, action, UNITS[relation])).toBe(actor);
    } else {
      const e = (() => {
        try {
          requirePermission(actor, action, UNITS[relation]);
        } catch (x) {
          return x;
        }
        return null;
      })();
      expect(e).toBeInstanceOf(RefusalError);
      expect((e as RefusalError).status).toBe(403);
      expect((e as RefusalError).message).toBe('Bạn không có quyền thực hiện thao tác này.');
    }
  });

  it('nobody logged in: every action refused with 401', () => {
    for (const action of ACTIONS) {
      expect(can(null, action, UNITS.own)).toBe(false);
      expect(() => requirePermission(null, action, UNITS.own)).toThrowError(expect.objectContaining({ status: 401 }) as unknown as Error);
    }
  });

  it('a path prefix is not an ancestor unless it ends at a unit boundary (/1/10/2/ does not cover /1/10/20/)', () => {
    expect(coversUnit('/1/10/2/', '/1/10/20/')).toBe(false);
    expect(can(actorWith('admin', '/1/10/2/'), 'unit.create', UNITS.own)).toBe(false);
    expect(coversUnit('/1/10/', '/1/10/20/30/')).toBe(true);
    // The country root covers everything.
    expect(can(actorWith('admin', '/1/'), 'calendar.manage', UNITS.sibling)).toBe(true);
  });

  it('several grants: an action is allowed when one grant allows it on a unit covering the target', () => {
    const actor: Actor = {
      ...actorWith('resident', UNITS.below),
      grants: [
        { role: 'resident', unitId: 30, unitPath: UNITS.below },
        { role: 'union', unitId: 21, unitPath: UNITS.sibling },
      ],
    };
    expect(can(actor, 'conference.record', UNITS.sibling)).toBe(true);
    expect(can(actor, 'conference.record', UNITS.below)).toBe(false); // union is granted on 21, not 20
    expect(can(actor, 'decision.open', UNITS.below)).toBe(false);
    expect(scopesFor(actor, 'conference.record')).toEqual([UNITS.sibling]);
    expect(scopesFor(null, 'conference.record')).toEqual([]);
  });
});
