import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { testPlatform, tableCounts, TEST_ENGINE, type TestPlatform } from '../../../test/harness.ts';
import { isPdfAvailable } from '../../core/documents/index.ts';

let p: TestPlatform;
let province: number;
let communeA: number;
beforeAll(async () => {
  p = await testPlatform();
  // A synthetic province with 866 agencies in two communes; 861 held their staff conference in the first half of 2026.
  const ins = async (kind: string, name: string, code: string, parentId: number) => {
    const parent = await p.db.selectFrom('units').select(['path', 'depth']).where('id', '=', parentId).executeTakeFirstOrThrow();
    const r = await sql<{ id: number }>`INSERT INTO units (kind, name, code, parent_id, path, depth) VALUES (${kind}, ${name}, ${code}, ${parentId}, '/', ${parent.depth + 1}) RETURNING id`.execute(p.db);
    const id = Number(r.rows[0]!.id);
    await sql`UPDATE units SET path = ${`${parent.path}${id}/`} WHERE id = ${id}`.execute(p.db);
    return id;
  };
  province = await ins('province', 'Tỉnh Thử Nghiệm', 'TN', 1);
  communeA = await ins('commune', 'Xã An Bình', 'TN-AB', province);
  const communeB = await ins('commune', 'Phường Hòa Lạc', 'TN-HL', province);
  for (const [commune, n] of [
    [communeA, 500],
    [communeB, 366],
  ] as const) {
    await sql`INSERT INTO units (kind, name, parent_id, path, depth)
      SELECT 'agency', 'Cơ quan ' || g, ${commune}, '/', 3 FROM generate_series(1, ${n}) g`.execute(p.db);
    await sql`UPDATE units SET path = (SELECT path FROM units c WHERE c.id = ${commune}) || id || '/' WHERE parent_id = ${commune}`.execute(p.db);
  }
  // 861 agencies held one (5 in commune B did not); the days spread over whole and partial months.
  await sql`INSERT INTO unit_counters (unit_id, unit_path, key, day, value)
    SELECT id, path, 'conferences.staff_conference', DATE '2026-01-01' + (id % 180)::int, 1
    FROM (SELECT id, path FROM units WHERE kind = 'agency' AND path LIKE ${`/1/${province}/%`} ORDER BY id LIMIT 861) a`.execute(p.db);
  // Cases: 10 received in March in commune A, 4 due in April, 3 of them closed by their due date.
  await sql`INSERT INTO unit_counters (unit_id, unit_path, key, day, value) VALUES
    (${communeA}, ${`/1/${province}/${communeA}/`}, 'cases.received', '2026-03-10', 10),
    (${communeA}, ${`/1/${province}/${communeA}/`}, 'cases.due', '2026-04-10', 4),
    (${communeA}, ${`/1/${province}/${communeA}/`}, 'cases.closed_by_due', '2026-04-10', 3),
    (${communeA}, ${`/1/${province}/${communeA}/`}, 'cases.resolved', '2026-04-08', 3),
    (${communeA}, ${`/1/${province}/${communeA}/`}, 'decisions.held', '2026-05-02', 2),
    (${communeA}, ${`/1/${province}/${communeA}/`}, 'decisions.passed', '2026-05-02', 1)`.execute(p.db);
});
afterAll(async () => p?.close());

const H1 = 'from=2026-01-01&to=2026-06-30';

describe(`reports: indicators (${TEST_ENGINE})`, () => {
  it('rolls up 861/866 agencies (99.4%) to the province, with the children breakdown', async () => {
    const admin = await p.login('admin');
    const r = await p.req('GET', `/api/v1/reports/indicators?unitId=${province}&${H1}`, { token: admin });
    expect(r.statusCode).toBe(200);
    const b = r.json();
    expect(b).toMatchObject({ unitId: String(province), from: '2026-01-01', to: '2026-06-30' });
    expect(b.indicators.staffConferences).toMatchObject({ units: 866, held: 861, rate: 99.4 });
    expect(b.indicators.cases).toEqual({ received: 10, resolved: 3, resolvedOnTime: 3, overdue: 1, byType: { feedback: 0, petition: 0, complaint: 0, denunciation: 0 } });
    expect(b.indicators.decisions).toEqual({ held: 2, passed: 1 });
    expect(b.indicators.workerConferences).toMatchObject({ units: 0, held: 0, rate: null });
    for (const k of ['dialogues', 'oversight', 'disclosures']) expect(b.indicators[k]).toBeDefined();
    expect(b.indicators.oversight).toMatchObject({ activities: 0, withViolations: 0 });
    expect(b.indicators.disclosures).toEqual({ published: 0 });
    const byName = Object.fromEntries(b.children.map((c: { name: string; indicators: unknown }) => [c.name, c.indicators]));
    expect(byName['Xã An Bình'].staffConferences).toMatchObject({ units: 500, held: 500, rate: 100 });
    expect(byName['Phường Hòa Lạc'].staffConferences).toMatchObject({ units: 366, held: 361, rate: 98.6 });
  });

  it('gives the same figures over partial months (daily edges) as the daily counters', async () => {
    const admin = await p.login('admin');
    const r = await p.req('GET', `/api/v1/reports/indicators?unitId=${province}&from=2026-01-15&to=2026-03-20`, { token: admin });
    const direct = await sql<{ n: number }>`SELECT count(DISTINCT unit_id)::bigint AS n FROM unit_counters
      WHERE key = 'conferences.staff_conference' AND unit_path LIKE ${`/1/${province}/%`} AND day BETWEEN '2026-01-15' AND '2026-03-20'`.execute(p.db);
    expect(r.json().indicators.staffConferences.held).toBe(Number(direct.rows[0]!.n));
    expect(r.json().indicators.cases.received).toBe(10);
  });

  it('counts the demo province and the records written through the API', async () => {
    const steering = await p.login('bcd.tinh');
    const hy = await p.unitId('HY');
    const before = (await p.req('GET', `/api/v1/reports/indicators?unitId=${hy}&from=2026-01-01&to=2026-12-31`, { token: steering })).json();
    const t = await p.login('canbo.truong');
    const c = await p.req('POST', '/api/v1/conferences', {
      token: t,
      body: { unitId: String(await p.unitId('HY-TANHUNG-THTH')), kind: 'staff_conference', heldOn: '2026-11-20', participants: { total: 20, present: 18 }, opinionsRaised: 3, opinionsResolved: 2 },
    });
    expect(c.statusCode).toBe(201);
    const after = (await p.req('GET', `/api/v1/reports/indicators?unitId=${hy}&from=2026-01-01&to=2026-12-31`, { token: steering })).json();
    expect(after.indicators.staffConferences.units).toBe(2);
    expect(after.indicators.staffConferences.count).toBe(before.indicators.staffConferences.count + 1);
    expect(after.indicators.opinions.raised).toBe(before.indicators.opinions.raised + 3);
    expect(after.children.map((x: { name: string }) => x.name)).toContain('Xã Tân Hưng');
  });

  it('refuses a resident, another province and a bad period', async () => {
    const resident = await p.login('dan.dong');
    const hy = await p.unitId('HY');
    expect((await p.req('GET', `/api/v1/reports/indicators?unitId=${hy}`, { token: resident })).statusCode).toBe(403);
    const steering = await p.login('bcd.tinh');
    expect((await p.req('GET', `/api/v1/reports/indicators?unitId=${province}`, { token: steering })).statusCode).toBe(403);
    const bad = await p.req('GET', `/api/v1/reports/indicators?unitId=${hy}&from=2026-06-30&to=2026-01-01`, { token: steering });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'INVALID_PERIOD' });
    expect((await p.req('GET', `/api/v1/reports/indicators?unitId=${hy}&from=2026-13-01`, { token: steering })).statusCode).toBe(400);
    expect((await p.req('GET', `/api/v1/reports/indicators?unitId=abc`, { token: steering })).statusCode).toBe(400);
    expect((await p.req('GET', `/api/v1/reports/indicators?unitId=${hy}`)).statusCode).toBe(401);
  });

  it('serves dashboard data from the same definitions', async () => {
    const admin = await p.login('admin');
    const r = await p.req('GET', `/api/v1/reports/dashboard?unitId=${province}&${H1}`, { token: admin });
    expect(r.statusCode).toBe(200);
    const d = r.json();
    // Panels are declared by the modules' indicators; each row carries the values of its columns.
    type Panel = { key: string; rows: { name: string; values: Record<string, number | null> }[]; slices: { key: string; value: number }[] };
    const panel = (key: string) => (d.panels as Panel[]).find((x) => x.key === key)!;
    expect(panel('compliance').rows.find((c) => c.name === 'Phường Hòa Lạc')!.values).toMatchObject({ staffConferences: 98.6, agencies: 366 });
    expect(panel('cases').slices.find((s) => s.key === 'overdue')!.value).toBe(1);
    expect(d.trend.months).toHaveLength(6);
    expect(d.trend.months[2].values.casesReceived).toBe(10);
  });
});

describe(`reports: drafts and documents (${TEST_ENGINE})`, () => {
  it('saves the narrative sections (PUT) and reads them back; refuses unknown sections', async () => {
    const admin = await p.login('admin');
    const empty = await p.req('GET', `/api/v1/reports/drafts?unitId=${province}&${H1}`, { token: admin });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ saved: false, sections: {} });
    const put = await p.req('PUT', '/api/v1/reports/drafts', {
      token: admin,
      body: {
        unitId: String(province),
        from: '2026-01-01',
        to: '2026-06-30',
        number: '15',
        signerName: 'Nguyễn Văn Thắng',
        sections: { situation: 'Tỉnh có 866 cơ quan, đơn vị.', limitations: 'Một số cơ quan tổ chức hội nghị chậm.' },
      },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ saved: true, number: '15', signerName: 'Nguyễn Văn Thắng' });
    const before = await tableCounts(p.db);
    const bad = await p.req('PUT', '/api/v1/reports/drafts', { token: admin, body: { unitId: String(province), from: '2026-01-01', to: '2026-06-30', sections: { other: 'x' } } });
    expect(bad.statusCode).toBe(400);
    const resident = await p.login('dan.dong');
    const forbidden = await p.req('PUT', '/api/v1/reports/drafts', { token: resident, body: { unitId: String(province), from: '2026-01-01', to: '2026-06-30', sections: {} } });
    expect(forbidden.statusCode).toBe(403);
    expect(await tableCounts(p.db)).toEqual(before);
  });

  it('renders the DOCX in the Decree 30 layout with Vietnamese figures', async () => {
    const admin = await p.login('admin');
    const r = await p.req('GET', `/api/v1/reports/document?unitId=${province}&${H1}&format=docx`, { token: admin });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    expect(r.headers['content-disposition']).toContain('.docx');
    const zip = await JSZip.loadAsync(r.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM');
    expect(text).toContain('Tỉnh Thử Nghiệm'.replace('Tỉnh ', '')); // place name in the place-date line
    expect(text).toMatch(/Thử Nghiệm, ngày 23 tháng 11 năm 2026/);
    expect(text).toContain('Số: 15/BC-UBND');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('6 tháng đầu năm 2026');
    expect(text).toContain('861/866');
    expect(text).toContain('99,4%');
    expect(text).toContain('861/866 (99,4%)');
    expect(text).toContain('Phường Hòa Lạc');
    expect(text).toContain('361/366 (98,6%)');
    expect(text).toContain('Tỉnh có 866 cơ quan, đơn vị.');
    expect(text).toContain('Nguyễn Văn Thắng');
    expect(text).not.toContain('99.4');
    // Results by sector: what happened, never "0 …" filler; a sector with nothing says so in one line.
    expect(text).toContain('Tiếp nhận 10 đơn thư, đã giải quyết 3 đơn, trong đó 3 đơn đúng hạn; 1 đơn quá hạn giải quyết.');
    expect(text).toContain('Nhân dân bàn và quyết định 2 việc, 1 việc được thông qua.');
    expect(text).toContain('861/866 đơn vị (đạt 99,4%) tổ chức hội nghị cán bộ, công chức, viên chức; 5 đơn vị chưa tổ chức.');
    expect(text).toContain('Trong kỳ, chưa có số liệu về thực hiện dân chủ ở doanh nghiệp.');
    expect(text).not.toContain('cuộc giám sát');
    expect(text).not.toContain('công khai 0');
  });

  it('renders the XLSX with one sheet per indicator group', async () => {
    const admin = await p.login('admin');
    const r = await p.req('GET', `/api/v1/reports/document?unitId=${province}&${H1}&format=xlsx`, { token: admin });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['Tổng hợp', 'Hội nghị, đối thoại', 'Kiểm tra, giám sát', 'Đơn thư', 'Dân bàn, công khai', 'Kết quả theo lĩnh vực']);
    const values: unknown[] = [];
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain(861);
    expect(values).toContain(866);
    const conf: unknown[][] = [];
    wb.getWorksheet('Hội nghị, đối thoại')!.eachRow((row) => conf.push(row.values as unknown[]));
    expect(conf.some((row) => row.includes('Tổng cộng') && row.includes(866) && row.includes(861))).toBe(true);
  });

  it('renders the PDF (LibreOffice)', async (ctx) => {
    if (!(await isPdfAvailable())) {
      console.warn('SKIPPED: LibreOffice (soffice) is not installed — the PDF export is not tested');
      ctx.skip();
    }
    const admin = await p.login('admin');
    const r = await p.req('GET', `/api/v1/reports/document?unitId=${province}&${H1}&format=pdf`, { token: admin });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('issues the report as the steering committee for a steering user by default, as the People’s Committee otherwise', async () => {
    const hy = await p.unitId('HY');
    const text = async (user: string, issuer = '') => {
      const r = await p.req('GET', `/api/v1/reports/document?unitId=${hy}&${H1}&format=docx${issuer}`, { token: await p.login(user) });
      expect(r.statusCode).toBe(200);
      return (await JSZip.loadAsync(r.rawPayload)).file('word/document.xml')!.async('string').then((x) => x.replace(/<[^>]+>/g, ''));
    };
    const steering = await text('bcd.tinh');
    expect(steering).toContain('BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ');
    expect(steering).toContain('TM. BAN CHỈ ĐẠO');
    expect(steering).not.toContain('TM. ỦY BAN NHÂN DÂN');
    // …signed by the committee's head (the demo committee's, as no one else is named in the draft).
    expect(steering).toMatch(/TRƯỞNG BAN[\s\S]{0,40}Trần Văn Quyết/);
    // The explicit choice wins.
    const asked = await text('bcd.tinh', '&issuer=committee');
    expect(asked).toContain('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN');
    expect(asked).not.toContain('TM. BAN CHỈ ĐẠO');
    expect(asked).not.toMatch(/TRƯỞNG BAN[\s\S]{0,40}Trần Văn Quyết/);
    // An administrator and an official (no steering role) write for the People's Committee.
    for (const user of ['admin', 'canbo.tanhung']) {
      const unit = user === 'admin' ? hy : await p.unitId('HY-TANHUNG');
      const r = await p.req('GET', `/api/v1/reports/document?unitId=${unit}&${H1}&format=docx`, { token: await p.login(user) });
      const t = (await (await JSZip.loadAsync(r.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect(t).toContain('TM. ỦY BAN NHÂN DÂN');
      expect(t).not.toContain('TM. BAN CHỈ ĐẠO');
    }
  });

  it('writes the demo province’s six-month report with figures in the communes, agencies and enterprises', async () => {
    const hy = await p.unitId('HY');
    const r = await p.req('GET', `/api/v1/reports/document?unitId=${hy}&${H1}&format=docx`, { token: await p.login('bcd.tinh') });
    const text = (await (await JSZip.loadAsync(r.rawPayload)).file('word/document.xml')!.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng thực hiện 1 cuộc giám sát, phát hiện 1 cuộc có dấu hiệu vi phạm; kiến nghị 1 nội dung, chưa có kiến nghị nào được trả lời đúng hạn.');
    expect(text).toContain('Tiếp nhận 4 đơn thư, đã giải quyết 3 đơn, trong đó 3 đơn đúng hạn.');
    expect(text).toMatch(/Công khai \d+ nội dung thông tin cho Nhân dân; Nhân dân bàn và quyết định 1 việc, 1 việc được thông qua\./);
    expect(text).toContain('Tại hội nghị người lao động, đối thoại ở doanh nghiệp có 46 ý kiến được nêu, 38 ý kiến được giải quyết (đạt 82,6%).');
    expect(text).toContain('2/2 đơn vị (đạt 100%) tổ chức hội nghị cán bộ, công chức, viên chức.');
    expect(text).toContain('1/1 doanh nghiệp (đạt 100%) tổ chức đối thoại tại nơi làm việc.');
    expect(text).not.toContain('Trong kỳ, chưa có số liệu về thực hiện dân chủ ở xã, phường.');
  });

  it('renders the steering committee version for bcd.tinh', async () => {
    const steering = await p.login('bcd.tinh');
    const hy = await p.unitId('HY');
    const r = await p.req('GET', `/api/v1/reports/document?unitId=${hy}&from=2026-01-01&to=2026-12-31&format=docx&issuer=steering`, { token: steering });
    expect(r.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(r.rawPayload);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ');
    expect(text).toContain('UBND TỈNH HƯNG YÊN');
    expect(text).toContain('năm 2026');
  });
});
