// Offline-safe queue of ballots entered by the village head: each entry is saved to localStorage before it is
// sent, and stays there until the server has answered (201 recorded, or 409/4xx refused). A dropped network keeps
// the entries; they are sent again when the screen is next online.
export interface QueuedBallot {
  householdId: string;
  householdName: string;
  choice: string;
  channel: 'paper' | 'meeting';
  queuedAt: string;
}

const key = (decisionId: string) => `coso.ballots.${decisionId}`;

export function loadQueue(decisionId: string): QueuedBallot[] {
  try {
    const raw = localStorage.getItem(key(decisionId));
    const v = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(v) ? (v as QueuedBallot[]) : [];
  } catch {
    return [];
  }
}

export function saveQueue(decisionId: string, q: QueuedBallot[]): void {
  if (q.length === 0) localStorage.removeItem(key(decisionId));
  else localStorage.setItem(key(decisionId), JSON.stringify(q));
}

/** Adds an entry unless the household is already queued (one household, one ballot, also offline). */
export function enqueue(q: QueuedBallot[], b: QueuedBallot): QueuedBallot[] {
  return q.some((x) => x.householdId === b.householdId) ? q : [...q, b];
}
