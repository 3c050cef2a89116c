// `coso generate --provinces N [--scale 0.01] [--records 1] [--households 280] [--seed 1] [--year 2026] [--records-only]`
import { loadConfig } from '../core/config.ts';
import { tablesOf } from '../core/db.ts';
import { todayVn } from '../core/dates.ts';
import { formatInt } from '../core/format.ts';
import type { DB } from '../modules/index.ts';
import { openPlatform } from '../platform.ts';
import { GENERATE_DEFAULTS, generate, type GenerateOptions } from './generate.ts';

const USAGE = `Dùng: coso generate --provinces N [--scale S] [--records R] [--households H] [--seed X] [--year YYYY] [--records-only]
  --provinces      số tỉnh cần sinh (1–34)
  --scale          hệ số quy mô đơn vị (1 = ~100 xã/tỉnh, ~30 thôn/xã, ~280 hộ/thôn; 0,01 cho kiểm thử)
  --records        hệ số số bản ghi (hội nghị, đơn thư, biểu quyết…), đơn vị giữ nguyên
  --households     số hộ mỗi thôn (mặc định 280 × scale)
  --seed           hạt giống ngẫu nhiên (cùng hạt giống → cùng dữ liệu)
  --records-seed   hạt giống của bản ghi (thêm bản ghi khác vào cùng đơn vị)
  --records-only   chỉ thêm bản ghi vào các tỉnh đã sinh với cùng --seed`;

function parseGenerateArgs(args: string[]): GenerateOptions {
  const o: GenerateOptions = { ...GENERATE_DEFAULTS };
  const num = (name: string, v: string | undefined, min: number, max: number, integer = true) => {
    const n = Number(String(v ?? '').replace(',', '.'));
    if (v === undefined || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      throw new Error(`Giá trị của --${name} không hợp lệ: ${v ?? '(trống)'} (cần ${integer ? 'số nguyên ' : 'số '}từ ${min} đến ${max}).\n${USAGE}`);
    }
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes('=') ? (a.split('=', 2) as [string, string]) : [a, undefined];
    const next = () => inline ?? args[++i];
    switch (flag) {
      case '--provinces':
        o.provinces = num('provinces', next(), 1, 34);
        break;
      case '--scale':
        o.scale = num('scale', next(), 0.001, 10, false);
        break;
      case '--records':
        o.records = num('records', next(), 1, 1000);
        break;
      case '--households':
        o.householdsPerVillage = num('households', next(), 0, 5000);
        break;
      case '--seed':
        o.seed = num('seed', next(), 0, 2 ** 31);
        break;
      case '--records-seed':
        o.recordsSeed = num('records-seed', next(), 0, 2 ** 31);
        break;
      case '--year':
        o.year = num('year', next(), 2023, 2100);
        break;
      case '--agencies':
        o.agenciesPerCommune = num('agencies', next(), 0, 100);
        break;
      case '--enterprises':
        o.enterprisesPerCommune = num('enterprises', next(), 0, 100);
        break;
      case '--records-only':
        o.recordsOnly = true;
        break;
      case '--quiet':
        o.quiet = true;
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`Tham số không hợp lệ: ${a}\n${USAGE}`);
    }
  }
  return o;
}

export async function runGenerateCli(args: string[]): Promise<void> {
  const opts = parseGenerateArgs(args);
  const services = await openPlatform(loadConfig(), (m) => console.log(`[coso] ${m}`));
  try {
    const t0 = Date.now();
    const r = await generate(tablesOf<DB>(services.database.db), opts, todayVn(new Date()));
    console.log(
      `[coso] đã sinh ${r.provinces.length} tỉnh: ${formatInt(r.units)} đơn vị, ${formatInt(r.households)} hộ, ${formatInt(r.conferences)} hội nghị, ` +
        `${formatInt(r.oversightActivities)} cuộc giám sát, ${formatInt(r.counterEvents)} sự kiện chỉ tiêu — ${((Date.now() - t0) / 1000).toFixed(1)} giây`,
    );
    for (const p of r.provinces) console.log(`   ${p.code.padEnd(12)} id ${p.id}  ${p.name}`);
  } finally {
    await services.database.close();
  }
}
