// /cong-khai/cau-hoi — officials' queue of residents' questions (waiting / answered), answered inline.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading, errorText } from '../shell/Status.tsx';
import { useFormat } from '../shell/format.ts';
import { answer, fetchQuestions } from './api.ts';
import { useDisclosureUnits } from './useDisclosureUnits.ts';
import './disclosures.css';

export function QuestionsPage() {
  return (
    <RequireAuth>
      <Questions />
    </RequireAuth>
  );
}

function Questions() {
  const { t } = useTranslation('disclosures');
  const f = useFormat();
  usePageTitle(t('questions.title'));
  const units = useDisclosureUnits('disclosure.answer');
  const [unitId, setUnitId] = useState('');
  const [status, setStatus] = useState<'open' | 'answered'>('open');
  const unit = unitId || units.data?.[0]?.id || '';
  const q = useQuery({ queryKey: ['disclosure-questions', unit, status], queryFn: () => fetchQuestions(unit, status), enabled: !!unit });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} />;
  return (
    <section className="disclosures">
      <h1>{t('questions.title')}</h1>
      <div className="filter-grid card">
        <div>
          <label htmlFor="qq-unit">{t('compliance.unit')}</label>
          <select id="qq-unit" value={unit} onChange={(e) => setUnitId(e.target.value)}>
            {units.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="qq-status">{t('compliance.colStatus')}</label>
          <select id="qq-status" value={status} onChange={(e) => setStatus(e.target.value as 'open' | 'answered')}>
            <option value="open">{t('questions.open')}</option>
            <option value="answered">{t('questions.answered')}</option>
          </select>
        </div>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorMessage error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <p>{t('questions.empty')}</p>
      ) : (
        <ul className="qa">
          {q.data.items.map((x) => (
            <li key={x.id} className="card">
              <p className="small">
                <Link to={`/cong-khai/${x.disclosureId}#hoi-dap`}>{t('questions.on', { title: x.disclosureTitle })}</Link>
              </p>
              <p className="question">{x.question}</p>
              <p className="small muted">{t('questions.by', { name: x.askerName, date: f.date(x.askedAt) })}</p>
              {x.answer ? <p className="answer">{x.answer}</p> : <InlineAnswer disclosureId={x.disclosureId} questionId={x.id} onDone={() => q.refetch()} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InlineAnswer({ disclosureId, questionId, onDone }: { disclosureId: string; questionId: string; onDone: () => void }) {
  const { t } = useTranslation('disclosures');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await answer(disclosureId, questionId, text.trim());
      onDone();
    } catch (err) {
      setError(errorText(err, 'Lỗi'));
    }
  }
  return (
    <form onSubmit={submit}>
      <label htmlFor={`qa-${questionId}`}>{t('detail.answerLabel')}</label>
      <textarea id={`qa-${questionId}`} rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
      <button type="submit">{t('detail.answerButton')}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
