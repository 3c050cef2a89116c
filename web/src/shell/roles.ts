/**
 * Roles as the home page shows them: the Vietnamese label (common:roles.<role>) and the tasks of each role as
 * links to the modules' screens. The permissions themselves live on the server (src/core/permissions.ts); this
 * list only decides which shortcuts a home page offers.
 */
export const ROLE_ORDER = ['admin', 'steering', 'official', 'village_head', 'board_member', 'union', 'resident'] as const;
export type RoleName = (typeof ROLE_ORDER)[number];

export interface Task {
  /** common:tasks.<key>.title / .desc */
  key: string;
  to: string;
  /** An <Icon> name. */
  icon: string;
}

const T = {
  portal: { key: 'portal', to: '/cong-khai', icon: 'megaphone' },
  readDisclosures: { key: 'readDisclosures', to: '/cong-khai', icon: 'megaphone' },
  publish: { key: 'publish', to: '/cong-khai', icon: 'megaphone' },
  sendCase: { key: 'sendCase', to: '/gui-don', icon: 'mail' },
  trackCase: { key: 'trackCase', to: '/tra-cuu', icon: 'search' },
  unitTree: { key: 'unitTree', to: '/don-vi', icon: 'units' },
  households: { key: 'households', to: '/don-vi', icon: 'units' },
  manageUnits: { key: 'manageUnits', to: '/don-vi', icon: 'units' },
  decisionsManage: { key: 'decisionsManage', to: '/bieu-quyet', icon: 'ballot' },
  ballotsEntry: { key: 'ballotsEntry', to: '/bieu-quyet', icon: 'ballot' },
  vote: { key: 'vote', to: '/bieu-quyet', icon: 'ballot' },
  consultationsManage: { key: 'consultationsManage', to: '/lay-y-kien', icon: 'chat' },
  giveOpinion: { key: 'giveOpinion', to: '/lay-y-kien', icon: 'chat' },
  casesHandle: { key: 'casesHandle', to: '/don-thu', icon: 'inbox' },
  followCases: { key: 'followCases', to: '/don-thu', icon: 'inbox' },
  conferences: { key: 'conferences', to: '/hoi-nghi', icon: 'people' },
  villageMeeting: { key: 'villageMeeting', to: '/hoi-nghi', icon: 'people' },
  workerConference: { key: 'workerConference', to: '/hoi-nghi', icon: 'people' },
  oversight: { key: 'oversight', to: '/giam-sat', icon: 'eye' },
  reports: { key: 'reports', to: '/bao-cao', icon: 'chart' },
  steeringReports: { key: 'steeringReports', to: '/bao-cao', icon: 'chart' },
} satisfies Record<string, Task>;

export const ROLE_TASKS: Record<RoleName, Task[]> = {
  admin: [T.manageUnits, T.reports, T.publish, T.casesHandle],
  steering: [T.steeringReports, T.unitTree, T.oversight, T.conferences],
  official: [T.publish, T.decisionsManage, T.consultationsManage, T.casesHandle, T.conferences, T.households, T.reports],
  village_head: [T.households, T.ballotsEntry, T.villageMeeting, T.consultationsManage, T.readDisclosures],
  board_member: [T.oversight, T.followCases, T.readDisclosures, T.reports],
  union: [T.workerConference, T.readDisclosures, T.casesHandle],
  resident: [T.readDisclosures, T.vote, T.giveOpinion, T.sendCase, T.trackCase],
};

/** What anyone sees without logging in. */
export const PUBLIC_TASKS: Task[] = [T.portal, T.sendCase, T.trackCase, T.unitTree];

export function isKnownRole(role: string): role is RoleName {
  return (ROLE_ORDER as readonly string[]).includes(role);
}
