// One decision as its page shows it: what is decided and how, the result after closing, the recognition, the
// household of the person asking, and what that person may do with it now (`can`, from the one permission matrix
// and the decision's state, so that the web never offers what the server would refuse).
import type { Actor, Ctx } from '../../../core/context.ts';
import { can } from '../../../core/permissions.ts';
import { householdsRepresentedBy } from '../../units/index.ts';
import {
  allowedActions,
  ballotsRefusal,
  hasResult,
  RECOGNITION_AUTHORITY_LABELS,
  type DecisionStatus,
  type Matter,
  type MeetingRecord,
  type RecognitionAuthority,
} from '../rules.ts';
import { getDecision, type DecisionRow } from '../store/decisions.ts';
import { hasVoted, isEligible, participationCount } from '../store/electorate.ts';
import { resultOut } from './result.ts';
import { summaryOut } from './list.ts';

/** The household the person asking represents: the eligible one when they represent several. */
export interface MyHousehold {
  id: string;
  voted: boolean;
  eligible: boolean;
}

/** What the person asking may do with the decision now. */
export interface DecisionCan {
  /** Vote online for their own household (eligible, not voted yet, ballots taken now). */
  vote: boolean;
  /** Enter paper / meeting ballots of the village's households (ballots taken now). */
  enterBallots: boolean;
  /** Record the roll call of the community meeting (a decision opened for a meeting, still open). */
  recordMeeting: boolean;
  close: boolean;
  /** Answer for the commune: recognise, or refuse with reasons (a passed decision that needs recognition). */
  recognise: boolean;
  refuse: boolean;
  /** See which households voted and how (channel only). */
  viewParticipation: boolean;
  /** Run the ballot integrity check (those who read the audit log). */
  checkIntegrity: boolean;
}

async function myHouseholdOf(ctx: Ctx, actor: Actor | null, decisionId: number): Promise<MyHousehold | null> {
  if (!actor) return null;
  const mine = await householdsRepresentedBy(ctx.db, actor.personId);
  let found: MyHousehold | null = null;
  for (const h of mine) {
    const eligible = await isEligible(ctx.db, decisionId, h);
    if (eligible || mine.length === 1) {
      found = { id: String(h), eligible, voted: eligible ? await hasVoted(ctx.db, decisionId, h) : false };
      if (eligible) break;
    }
  }
  return found;
}

function canOf(actor: Actor | null, d: DecisionRow, now: Date, mine: MyHousehold | null): DecisionCan {
  const path = d.unit_path;
  const takesBallots = ballotsRefusal(d, now) === null;
  const open = d.status === 'open';
  const actions = allowedActions(d.status as DecisionStatus, { matter: d.matter as Matter, passed: d.passed ?? undefined });
  const manage = can(actor, 'decision.open', path);
  const answer = can(actor, 'decision.recognise', path);
  return {
    vote: takesBallots && !!mine && mine.eligible && !mine.voted,
    enterBallots: takesBallots && can(actor, 'decision.enter_ballot', path),
    recordMeeting: manage && open && d.initial_method === 'meeting',
    close: manage && actions.includes('close'),
    recognise: answer && actions.includes('recognise'),
    refuse: answer && actions.includes('refuse'),
    viewParticipation: can(actor, 'decision.view_participation', path),
    checkIntegrity: can(actor, 'audit.read', path) && d.status !== 'draft',
  };
}

function recognitionOut(d: DecisionRow) {
  const authority = d.recognition_authority as RecognitionAuthority | null;
  if (!authority) return null;
  return {
    authority,
    authorityLabel: RECOGNITION_AUTHORITY_LABELS[authority],
    submittedOn: d.submitted_on,
    dueOn: d.recognition_due_on,
    answeredOn: d.recognised_on,
    number: d.recognition_number,
    refusalReason: d.status === 'refused' ? d.refusal_reason : null,
  };
}

export async function decisionDetail(ctx: Ctx, id: number) {
  const d = await getDecision(ctx.db, id);
  const participating = await participationCount(ctx.db, id);
  const myHousehold = await myHouseholdOf(ctx, ctx.actor, id);
  return {
    ...summaryOut(d, participating),
    description: d.description,
    options: d.options,
    initialMethod: d.initial_method,
    meeting: d.meeting as MeetingRecord | null,
    recognition: recognitionOut(d),
    cancelReason: d.status === 'cancelled' ? d.refusal_reason : null,
    disclosureId: d.disclosure_id === null ? null : String(d.disclosure_id),
    result: hasResult(d.status) && d.result ? resultOut(d) : null,
    myHousehold,
    can: canOf(ctx.actor, d, ctx.now, myHousehold),
    allowedActions: allowedActions(d.status as DecisionStatus, { matter: d.matter as Matter, passed: d.passed ?? undefined }),
  };
}

export type DecisionDetail = Awaited<ReturnType<typeof decisionDetail>>;
