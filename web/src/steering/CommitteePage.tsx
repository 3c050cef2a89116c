// /ban-chi-dao — the steering committee of a unit: members with their role, position and the units they follow,
// the working rules, the dated history of its membership; those who manage it set it up, add, change and remove
// members with an effective date, attach the working rules.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ApiBody, type ApiResponse } from '../api.ts';
import { DataTable } from '../shell/DataTable.tsx';
import { todayVn, useFormat } from '../shell/format.ts';
import { RequireAuth, usePageTitle } from '../shell/RequireAuth.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { useDraft } from '../shell/useDraft.ts';
import { useMyUnits } from '../shell/useMyUnits.ts';
import '../shell/panels.css';
import { useWrite } from './useWrite.ts';

type Committee = ApiResponse<'/steering/committees'>['items'][number];
type Member = Committee['members'][number];
type Role = Member['role'];
const ROLES: Role[] = ['head', 'deputy', 'standing', 'member', 'secretary'];

function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange(r: Role): void }) {
  const { t } = useTranslation('steering');
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as Role)}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`roles.${r}`)}
        </option>
      ))}
    </select>
  );
}

function CreateCommittee({ unitId }: { unitId: string }) {
  const { t } = useTranslation('steering');
  const w = useWrite();
  const [form, setForm, clear] = useDraft(`steering.committee:${unitId}`, {
    name: '',
    establishedOn: todayVn(),
    members: [{ name: '', position: '', role: 'head' as Role }],
  });
  const setMember = (i: number, m: Partial<(typeof form.members)[number]>) => setForm({ ...form, members: form.members.map((x, j) => (j === i ? { ...x, ...m } : x)) });
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/steering/committees'> = {
      unitId,
      establishedOn: form.establishedOn,
      ...(form.name.trim() ? { name: form.name } : {}),
      members: form.members.filter((m) => m.name.trim()).map((m) => ({ name: m.name, role: m.role, ...(m.position.trim() ? { position: m.position } : {}) })),
    };
    if (await w.run(() => api('/steering/committees', { method: 'POST', body }))) clear();
  }
  return (
    <form onSubmit={submit} className="card narrow-form">
      <h2>{t('create')}</h2>
      {w.error ? <ErrorMessage error={w.error} /> : null}
      <label htmlFor="c-name">{t('name')}</label>
      <input id="c-name" maxLength={300} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <label htmlFor="c-on">{t('establishedOn')}</label>
      <input id="c-on" type="date" required max={todayVn()} value={form.establishedOn} onChange={(e) => setForm({ ...form, establishedOn: e.target.value })} />
      <fieldset>
        <legend>{t('members')}</legend>
        {form.members.map((m, i) => (
          <div key={i} className="card">
            <label htmlFor={`c-m-name-${i}`}>{`${t('member', { n: i + 1 })} — ${t('memberName')}`}</label>
            <input id={`c-m-name-${i}`} required maxLength={200} value={m.name} onChange={(e) => setMember(i, { name: e.target.value })} />
            <label htmlFor={`c-m-pos-${i}`}>{t('position')}</label>
            <input id={`c-m-pos-${i}`} maxLength={300} value={m.position} onChange={(e) => setMember(i, { position: e.target.value })} />
            <label htmlFor={`c-m-role-${i}`}>{t('role')}</label>
            <RoleSelect id={`c-m-role-${i}`} value={m.role} onChange={(role) => setMember(i, { role })} />
            {form.members.length > 1 && (
              <button type="button" className="secondary small-button" onClick={() => setForm({ ...form, members: form.members.filter((_, j) => j !== i) })}>
                {t('removeRow')}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="secondary small-button" onClick={() => setForm({ ...form, members: [...form.members, { name: '', position: '', role: 'member' }] })}>
          {t('addRow')}
        </button>
      </fieldset>
      <button type="submit" disabled={w.busy}>
        {w.busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}

function MemberActions({ committeeId, m }: { committeeId: string; m: Member }) {
  const { t } = useTranslation('steering');
  const w = useWrite();
  const [role, setRole] = useState<Role>(m.role);
  const [on, setOn] = useState(todayVn());
  const [reason, setReason] = useState('');
  const url = `/steering/committees/${committeeId}/members/${m.id}`;
  const change = () => {
    const body: ApiBody<'/steering/committees/{id}/members/{memberId}', 'patch'> = { on, role, ...(reason ? { reason } : {}) };
    return w.run(() => api(url, { method: 'PATCH', body }));
  };
  const leave = () => {
    const body: ApiBody<'/steering/committees/{id}/members/{memberId}', 'delete'> = { on, ...(reason ? { reason } : {}) };
    return w.run(() => api(url, { method: 'DELETE', body }));
  };
  return (
    <div className="member-actions">
      {w.error ? <ErrorMessage error={w.error} /> : null}
      <label htmlFor={`m-role-${m.id}`}>{`${t('newRole')} — ${m.name}`}</label>
      <RoleSelect id={`m-role-${m.id}`} value={role} onChange={setRole} />
      <label htmlFor={`m-on-${m.id}`}>{t('on')}</label>
      <input id={`m-on-${m.id}`} type="date" required max={todayVn()} value={on} onChange={(e) => setOn(e.target.value)} />
      <label htmlFor={`m-reason-${m.id}`}>{t('reason')}</label>
      <input id={`m-reason-${m.id}`} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="button" className="small-button" disabled={w.busy || role === m.role} onClick={change}>
        {t('change')}
      </button>
      <button type="button" className="secondary small-button" disabled={w.busy} onClick={leave}>
        {t('leave')}
      </button>
    </div>
  );
}

function AddMember({ committeeId }: { committeeId: string }) {
  const { t } = useTranslation('steering');
  const w = useWrite();
  const [form, setForm, clear] = useDraft(`steering.member:${committeeId}`, { name: '', position: '', role: 'member' as Role, on: todayVn(), reason: '' });
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/steering/committees/{id}/members'> = {
      name: form.name,
      role: form.role,
      on: form.on,
      ...(form.position.trim() ? { position: form.position } : {}),
      ...(form.reason.trim() ? { reason: form.reason } : {}),
    };
    if (await w.run(() => api(`/steering/committees/${committeeId}/members`, { method: 'POST', body }))) clear();
  }
  return (
    <form onSubmit={submit} className="card narrow-form">
      <h3>{t('addMember')}</h3>
      {w.error ? <ErrorMessage error={w.error} /> : null}
      <label htmlFor="a-name">{t('memberName')}</label>
      <input id="a-name" required maxLength={200} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <label htmlFor="a-pos">{t('position')}</label>
      <input id="a-pos" maxLength={300} value={form.position} onChange={(e) => setForm({ ...form, position: e.target.value })} />
      <label htmlFor="a-role">{t('role')}</label>
      <RoleSelect id="a-role" value={form.role} onChange={(role) => setForm({ ...form, role })} />
      <label htmlFor="a-on">{t('on')}</label>
      <input id="a-on" type="date" required max={todayVn()} value={form.on} onChange={(e) => setForm({ ...form, on: e.target.value })} />
      <label htmlFor="a-reason">{t('reason')}</label>
      <input id="a-reason" maxLength={2000} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
      <button type="submit" disabled={w.busy}>
        {w.busy ? t('submitting') : t('addMember')}
      </button>
    </form>
  );
}

function WorkingRules({ c }: { c: Committee }) {
  const { t } = useTranslation('steering');
  const w = useWrite();
  const [file, setFile] = useState<File | null>(null);
  async function attach(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    await w.run(async () => {
      const res = await fetch(`/api/v1/attachments?filename=${encodeURIComponent(file.name)}&unitId=${c.unitId}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      if (!res.ok) throw new Error(((await res.json()) as { error: { message: string } }).error.message);
      const uploaded = (await res.json()) as { id: string };
      const body: ApiBody<'/steering/committees/{id}/rules', 'put'> = { attachmentId: uploaded.id };
      await api(`/steering/committees/${c.id}/rules`, { method: 'PUT', body });
    });
  }
  return (
    <div className="card">
      <h2>{t('workingRules')}</h2>
      {c.workingRules ? <a href={c.workingRules.url}>{t('download', { name: c.workingRules.filename })}</a> : <p>{t('noRules')}</p>}
      {c.can.manage && (
        <form onSubmit={attach}>
          {w.error ? <ErrorMessage error={w.error} /> : null}
          <label htmlFor="r-file">{t('rulesFile')}</label>
          <input id="r-file" type="file" accept=".pdf,.docx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <button type="submit" className="small-button" disabled={w.busy || !file}>
            {t('attachRules')}
          </button>
        </form>
      )}
    </div>
  );
}

function CommitteeView({ c }: { c: Committee }) {
  const { t } = useTranslation('steering');
  const f = useFormat();
  return (
    <>
      <div className="card">
        <h2>{c.name}</h2>
        <p>
          {t('head')}: <strong>{c.head ?? t('noHead')}</strong>
        </p>
        <p>
          {t('currentMembers')}: <strong>{f.int(c.currentMembers)}</strong>
        </p>
      </div>
      <WorkingRules c={c} />
      <DataTable
        caption={t('members')}
        rows={c.members}
        rowKey={(m) => m.id}
        columns={[
          { key: 'name', header: t('memberName'), rowHeader: true, render: (m) => m.name },
          { key: 'role', header: t('role'), render: (m) => m.roleLabel },
          { key: 'position', header: t('position'), render: (m) => m.position || '—' },
          { key: 'follows', header: t('follows'), render: (m) => m.follows.map((u) => u.name).join(', ') || '—' },
          { key: 'from', header: t('from'), render: (m) => f.date(m.fromOn) },
          { key: 'status', header: t('status'), render: (m) => (m.current ? t('current') : `${t('former')} (${f.date(m.toOn!)})`) },
          ...(c.can.manage ? [{ key: 'actions', header: t('actions'), render: (m: Member) => (m.current ? <MemberActions committeeId={c.id} m={m} /> : '—') }] : []),
        ]}
      />
      {c.can.manage && <AddMember committeeId={c.id} />}
      <h2>{t('history')}</h2>
      {c.history.length === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <ul className="history">
          {c.history.map((h) => (
            <li key={h.id}>
              <time dateTime={h.on}>{f.date(h.on)}</time> — {h.text}
              {h.reason ? ` (${h.reason})` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CommitteeScreen() {
  const { t } = useTranslation('steering');
  usePageTitle(t('committeeTitle'));
  const units = useMyUnits(['committee.manage', 'report.read'], ['commune', 'agency', 'enterprise']);
  const [unitId, setUnitId] = useState('');
  const usable = (units.data ?? []).filter((u) => u.kind !== 'village' && u.kind !== 'country');
  const unit = usable.find((u) => u.id === unitId) ?? usable[0];
  const committee = useQuery({
    queryKey: ['steering', 'committee', unit?.id],
    enabled: !!unit,
    queryFn: () => api<ApiResponse<'/steering/committees'>>(`/steering/committees?unitId=${unit!.id}`),
  });
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => units.refetch()} />;
  if (!unit) return <p className="error">{t('noUnit')}</p>;
  return (
    <section>
      <h1>{t('committeeTitle')}</h1>
      <div className="card">
        <label htmlFor="c-unit">{t('unit')}</label>
        <select id="c-unit" value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
          {usable.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      {committee.isPending ? (
        <Loading />
      ) : committee.isError ? (
        <ErrorMessage error={committee.error} onRetry={() => committee.refetch()} />
      ) : committee.data.items[0] ? (
        <CommitteeView c={committee.data.items[0]} />
      ) : (
        <>
          <p>{t('noCommittee')}</p>
          {committee.data.can.create && <CreateCommittee unitId={unit.id} />}
        </>
      )}
    </section>
  );
}

export function CommitteePage() {
  return (
    <RequireAuth>
      <CommitteeScreen />
    </RequireAuth>
  );
}
