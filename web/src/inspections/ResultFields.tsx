// The fields of an inspection's result, shared by the record form and the result of a planned inspection: date,
// team, findings (signs of violation), recommendations with due dates, conclusion. The state lives in the caller's
// draft (useDraft), so nothing typed is lost.
import { useTranslation } from 'react-i18next';

export interface ResultDraft {
  heldOn: string;
  members: string;
  findings: { text: string; violation: boolean }[];
  recs: { to: string; text: string; dueOn: string }[];
  conclusion: string;
}

export const emptyResult = (today: string): ResultDraft => ({ heldOn: today, members: '', findings: [{ text: '', violation: false }], recs: [], conclusion: '' });

/** The body fields of a result (empty lines left out). */
export function resultBody(d: ResultDraft) {
  const members = d.members.split('\n').map((m) => m.trim()).filter(Boolean);
  return {
    heldOn: d.heldOn,
    findings: d.findings.filter((x) => x.text.trim()),
    recommendations: d.recs.filter((r) => r.text.trim()).map((r) => ({ to: r.to, text: r.text, ...(r.dueOn ? { dueOn: r.dueOn } : {}) })),
    ...(d.conclusion.trim() ? { conclusion: d.conclusion } : {}),
    ...(members.length ? { members } : {}),
  };
}

export function ResultFields({ id, draft, set, today, defaultTo }: { id: string; draft: ResultDraft; set: (d: ResultDraft) => void; today: string; defaultTo: string }) {
  const { t } = useTranslation('inspections');
  const { findings, recs } = draft;
  return (
    <>
      <label htmlFor={`${id}-date`}>{t('heldOn')}</label>
      <input id={`${id}-date`} type="date" required max={today} value={draft.heldOn} onChange={(e) => set({ ...draft, heldOn: e.target.value })} />
      <label htmlFor={`${id}-members`}>{t('members')}</label>
      <textarea id={`${id}-members`} rows={3} value={draft.members} onChange={(e) => set({ ...draft, members: e.target.value })} />
      <fieldset>
        <legend>{t('findings')}</legend>
        {findings.map((x, i) => (
          <div key={i}>
            <label htmlFor={`${id}-f-${i}`}>{t('finding', { n: i + 1 })}</label>
            <textarea id={`${id}-f-${i}`} rows={2} maxLength={5000} value={x.text} onChange={(e) => set({ ...draft, findings: findings.map((y, j) => (j === i ? { ...y, text: e.target.value } : y)) })} />
            <label className="inline-check">
              <input type="checkbox" checked={x.violation} onChange={(e) => set({ ...draft, findings: findings.map((y, j) => (j === i ? { ...y, violation: e.target.checked } : y)) })} />
              {t('violation')}
            </label>
          </div>
        ))}
        <button type="button" className="secondary small-button" onClick={() => set({ ...draft, findings: [...findings, { text: '', violation: false }] })}>
          {t('addFinding')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('recommendations')}</legend>
        {recs.map((r, i) => (
          <div key={i}>
            <label htmlFor={`${id}-r-to-${i}`}>{`${t('recommendation', { n: i + 1 })} — ${t('to')}`}</label>
            <input id={`${id}-r-to-${i}`} required maxLength={300} value={r.to} onChange={(e) => set({ ...draft, recs: recs.map((y, j) => (j === i ? { ...y, to: e.target.value } : y)) })} />
            <label htmlFor={`${id}-r-text-${i}`}>{t('text')}</label>
            <textarea id={`${id}-r-text-${i}`} rows={2} required maxLength={5000} value={r.text} onChange={(e) => set({ ...draft, recs: recs.map((y, j) => (j === i ? { ...y, text: e.target.value } : y)) })} />
            <label htmlFor={`${id}-r-due-${i}`}>{t('dueOn')}</label>
            <input id={`${id}-r-due-${i}`} type="date" value={r.dueOn} onChange={(e) => set({ ...draft, recs: recs.map((y, j) => (j === i ? { ...y, dueOn: e.target.value } : y)) })} />
            <button type="button" className="secondary small-button" onClick={() => set({ ...draft, recs: recs.filter((_, j) => j !== i) })}>
              {t('remove')}
            </button>
          </div>
        ))}
        <button type="button" className="secondary small-button" onClick={() => set({ ...draft, recs: [...recs, { to: defaultTo, text: '', dueOn: '' }] })}>
          {t('addRecommendation')}
        </button>
      </fieldset>
      <label htmlFor={`${id}-conclusion`}>{t('conclusion')}</label>
      <textarea id={`${id}-conclusion`} rows={3} maxLength={20_000} value={draft.conclusion} onChange={(e) => set({ ...draft, conclusion: e.target.value })} />
    </>
  );
}
