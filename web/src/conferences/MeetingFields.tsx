// The fields of the steering committee's meetings and training on the conference form: the kind of review and the
// tasks it sets for the next period (a repeatable list), the quarter of a briefing, a training's audience and
// participants. The server checks them (conferences/meetings.ts).
import { useTranslation } from 'react-i18next';

export interface TaskDraft {
  title: string;
  dueOn: string;
  ownerName: string;
}

export interface MeetingDraft {
  reviewKind: '' | 'six_month' | 'annual' | 'multi_year';
  quarter: '' | '1' | '2' | '3' | '4';
  audience: string;
  participantNames: string;
  nextTasks: TaskDraft[];
}

export const EMPTY_MEETING: MeetingDraft = { reviewKind: '', quarter: '', audience: '', participantNames: '', nextTasks: [] };

const REVIEW_KINDS = ['six_month', 'annual', 'multi_year'] as const;
const QUARTERS = ['1', '2', '3', '4'] as const;

interface Props {
  kind: string;
  value: MeetingDraft;
  onChange(next: MeetingDraft): void;
}

export function MeetingFields({ kind, value, onChange }: Props) {
  const { t } = useTranslation('conferences');
  const set = <K extends keyof MeetingDraft>(k: K, v: MeetingDraft[K]) => onChange({ ...value, [k]: v });
  const setTask = (i: number, patch: Partial<TaskDraft>) => set('nextTasks', value.nextTasks.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  if (kind === 'steering_review') {
    return (
      <>
        <label htmlFor="c-review-kind">{t('reviewKind')}</label>
        <select id="c-review-kind" required value={value.reviewKind} onChange={(e) => set('reviewKind', e.target.value as MeetingDraft['reviewKind'])}>
          <option value="" disabled>
            —
          </option>
          {REVIEW_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`reviewKinds.${k}`)}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t('nextTasks')}</legend>
          <p className="muted">{t('nextTasksHelp')}</p>
          {value.nextTasks.map((task, i) => (
            <div key={i} className="report-meta next-task">
              <div>
                <label htmlFor={`c-task-${i}`}>{t('taskTitle', { n: i + 1 })}</label>
                <input id={`c-task-${i}`} required maxLength={2000} value={task.title} onChange={(e) => setTask(i, { title: e.target.value })} />
              </div>
              <div>
                <label htmlFor={`c-task-due-${i}`}>{t('taskDue')}</label>
                <input id={`c-task-due-${i}`} type="date" value={task.dueOn} onChange={(e) => setTask(i, { dueOn: e.target.value })} />
              </div>
              <div>
                <label htmlFor={`c-task-owner-${i}`}>{t('taskOwner')}</label>
                <input id={`c-task-owner-${i}`} maxLength={300} value={task.ownerName} onChange={(e) => setTask(i, { ownerName: e.target.value })} />
              </div>
              <div>
                <button type="button" className="secondary small-button" onClick={() => set('nextTasks', value.nextTasks.filter((_, j) => j !== i))}>
                  {t('removeTask', { n: i + 1 })}
                </button>
              </div>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => set('nextTasks', [...value.nextTasks, { title: '', dueOn: '', ownerName: '' }])}>
            {t('addTask')}
          </button>
        </fieldset>
      </>
    );
  }
  if (kind === 'steering_briefing') {
    return (
      <>
        <label htmlFor="c-quarter">{t('quarter')}</label>
        <select id="c-quarter" value={value.quarter} onChange={(e) => set('quarter', e.target.value as MeetingDraft['quarter'])}>
          <option value="">{t('quarterFromDate')}</option>
          {QUARTERS.map((q) => (
            <option key={q} value={q}>
              {t(`quarters.q${q}`)}
            </option>
          ))}
        </select>
      </>
    );
  }
  if (kind === 'training') {
    return (
      <>
        <label htmlFor="c-audience">{t('audience')}</label>
        <input id="c-audience" maxLength={1000} value={value.audience} onChange={(e) => set('audience', e.target.value)} />
        <label htmlFor="c-names">{t('participantNames')}</label>
        <textarea id="c-names" rows={3} value={value.participantNames} onChange={(e) => set('participantNames', e.target.value)} />
      </>
    );
  }
  return null;
}

/** The body fields of the committee's kinds, from the draft (empty fields left out). */
export function meetingBody(kind: string, m: MeetingDraft) {
  if (kind === 'steering_review') {
    return {
      ...(m.reviewKind ? { reviewKind: m.reviewKind } : {}),
      nextTasks: m.nextTasks
        .filter((x) => x.title.trim())
        .map((x) => ({ title: x.title.trim(), ...(x.dueOn ? { dueOn: x.dueOn } : {}), ...(x.ownerName.trim() ? { ownerName: x.ownerName.trim() } : {}) })),
    };
  }
  if (kind === 'steering_briefing') return m.quarter ? { quarter: Number(m.quarter) } : {};
  if (kind === 'training') {
    const names = m.participantNames.split('\n').map((x) => x.trim()).filter(Boolean);
    return { ...(m.audience.trim() ? { audience: m.audience.trim() } : {}), ...(names.length ? { participantNames: names } : {}) };
  }
  return {};
}
