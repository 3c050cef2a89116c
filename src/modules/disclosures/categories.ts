// What each kind of grassroots unit must disclose, as data: code, names, legal basis, whether the law makes it
// mandatory and how often it recurs. One list per kind of unit; villages use the commune's list (a village's
// disclosures are the commune's information taken to the village: Law 10/2022 Art. 13 cl. 2 and 4).
//
// frequency:
//  - 'permanent'   — posted permanently and updated when it changes (Law 10/2022 Art. 13 cl. 2, para. 2);
//  - 'annual' / 'quarterly' — expected at least once in each reporting period;
//  - 'on_decision' — disclosed each time the competent authority decides something in this field. The platform
//    cannot know of a decision nobody recorded, so such a category counts in compliance only when a disclosure
//    of it was recorded in the period (then on time or late).

export type DisclosureUnitKind = 'commune' | 'agency' | 'enterprise';
type Frequency = 'permanent' | 'annual' | 'quarterly' | 'on_decision';

export interface DisclosureCategory {
  code: string;
  kind: DisclosureUnitKind;
  vi: string;
  en: string;
  legalBasis: string;
  mandatory: boolean;
  frequency: Frequency;
  /** Law 10/2022 Art. 13 cl. 3: broadcast on the commune loudspeaker for at least 3 consecutive days. */
  loudspeaker?: boolean;
}

const L = 'Luật 10/2022/QH15';

export const COMMUNE_CATEGORIES: readonly DisclosureCategory[] = [
  { code: 'socio_economic_plan', kind: 'commune', vi: 'Kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế hằng năm và kết quả thực hiện', en: 'Annual socio-economic development plan and results', legalBasis: `${L}, Điều 11 khoản 1`, mandatory: true, frequency: 'annual' },
  { code: 'budget', kind: 'commune', vi: 'Dự toán, tình hình thực hiện và quyết toán ngân sách cấp xã', en: 'Commune budget estimates, execution and settlement', legalBasis: `${L}, Điều 11 khoản 2`, mandatory: true, frequency: 'quarterly' },
  { code: 'investment_land', kind: 'commune', vi: 'Dự án, công trình đầu tư; thu hồi đất, bồi thường, hỗ trợ, tái định cư; quy hoạch, kế hoạch sử dụng đất', en: 'Investment projects; land recovery, compensation, resettlement; land-use and construction plans', legalBasis: `${L}, Điều 11 khoản 3`, mandatory: true, frequency: 'on_decision' },
  { code: 'democracy_regulation', kind: 'commune', vi: 'Quy chế thực hiện dân chủ; nhiệm vụ, quyền hạn của cán bộ, công chức; quy tắc ứng xử', en: 'Democracy regulation; duties of officials; code of conduct', legalBasis: `${L}, Điều 11 khoản 4; Điều 13 khoản 2`, mandatory: true, frequency: 'permanent' },
  { code: 'funds_contributions', kind: 'commune', vi: 'Quản lý, sử dụng các loại quỹ, khoản đầu tư, tài trợ; các khoản huy động Nhân dân đóng góp', en: 'Funds, grants and contributions raised from the people', legalBasis: `${L}, Điều 11 khoản 5`, mandatory: true, frequency: 'annual' },
  { code: 'public_assets', kind: 'commune', vi: 'Đầu tư, mua sắm, sử dụng, thanh lý tài sản công do cấp xã quản lý', en: 'Public assets managed by the commune', legalBasis: `${L}, Điều 11 khoản 6`, mandatory: true, frequency: 'annual' },
  { code: 'social_policies', kind: 'commune', vi: 'Chính sách hỗ trợ, trợ cấp, tín dụng, an sinh xã hội: tiêu chí, bình xét và kết quả', en: 'Social support, allowances and credit programmes: criteria, selection, results', legalBasis: `${L}, Điều 11 khoản 7`, mandatory: true, frequency: 'on_decision', loudspeaker: true },
  { code: 'disaster_support', kind: 'commune', vi: 'Hỗ trợ khắc phục thiên tai, dịch bệnh, sự cố; quản lý các nguồn quyên góp', en: 'Relief for disasters and epidemics; donations', legalBasis: `${L}, Điều 11 khoản 8`, mandatory: true, frequency: 'on_decision', loudspeaker: true },
  { code: 'military_service', kind: 'commune', vi: 'Gọi công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân', en: 'Military and police service call-ups', legalBasis: `${L}, Điều 11 khoản 9`, mandatory: true, frequency: 'annual', loudspeaker: true },
  { code: 'inspection_results', kind: 'commune', vi: 'Kết quả thanh tra, kiểm tra, giải quyết vụ việc tham nhũng, tiêu cực; kết quả lấy phiếu tín nhiệm', en: 'Results of inspections, corruption cases and votes of confidence', legalBasis: `${L}, Điều 11 khoản 10`, mandatory: true, frequency: 'on_decision', loudspeaker: true },
  { code: 'consultation_results', kind: 'commune', vi: 'Kế hoạch, nội dung lấy ý kiến Nhân dân, kết quả tổng hợp và giải trình, tiếp thu', en: 'Consultations of the people: plans, synthesis and responses', legalBasis: `${L}, Điều 11 khoản 11`, mandatory: true, frequency: 'on_decision', loudspeaker: true },
  { code: 'fees', kind: 'commune', vi: 'Đối tượng, mức thu các loại phí, lệ phí và nghĩa vụ tài chính do cấp xã trực tiếp thu', en: 'Fees and charges collected by the commune', legalBasis: `${L}, Điều 11 khoản 12`, mandatory: true, frequency: 'annual', loudspeaker: true },
  { code: 'administrative_procedures', kind: 'commune', vi: 'Thủ tục hành chính, thủ tục giải quyết công việc do cấp xã trực tiếp thực hiện', en: 'Administrative procedures handled by the commune', legalBasis: `${L}, Điều 11 khoản 13; Điều 13 khoản 2`, mandatory: true, frequency: 'permanent' },
  { code: 'vote_results', kind: 'commune', vi: 'Kết quả Nhân dân bàn và quyết định (biên bản, kết quả biểu quyết)', en: 'Results of decisions by households (minutes, vote results)', legalBasis: `${L}, Điều 11 khoản 14; Nghị định 59/2023/NĐ-CP, Điều 3–5`, mandatory: false, frequency: 'on_decision' },
  { code: 'other', kind: 'commune', vi: 'Nội dung khác theo quy định của pháp luật và quy chế thực hiện dân chủ', en: 'Other information required by law or the democracy regulation', legalBasis: `${L}, Điều 11 khoản 14`, mandatory: false, frequency: 'on_decision' },
];

const AGENCY_CATEGORIES: readonly DisclosureCategory[] = [
  { code: 'policies_laws', kind: 'agency', vi: 'Chủ trương, chính sách của Đảng và pháp luật của Nhà nước liên quan đến cơ quan, đơn vị', en: 'Party policies and laws concerning the agency', legalBasis: `${L}, Điều 46 khoản 1`, mandatory: true, frequency: 'on_decision' },
  { code: 'work_plan', kind: 'agency', vi: 'Kế hoạch công tác hằng năm, hằng quý, hằng tháng', en: 'Annual, quarterly and monthly work plans', legalBasis: `${L}, Điều 46 khoản 2`, mandatory: true, frequency: 'quarterly' },
  { code: 'agency_budget', kind: 'agency', vi: 'Dự toán, thực hiện và quyết toán ngân sách của cơ quan, đơn vị', en: 'Budget estimates, execution and settlement', legalBasis: `${L}, Điều 46 khoản 3`, mandatory: true, frequency: 'annual' },
  { code: 'agency_assets', kind: 'agency', vi: 'Tiêu chuẩn, định mức và tình hình quản lý, sử dụng tài sản công', en: 'Public assets: standards and use', legalBasis: `${L}, Điều 46 khoản 4`, mandatory: true, frequency: 'annual' },
  { code: 'public_investment', kind: 'agency', vi: 'Kế hoạch, tiến độ, giải ngân và quyết toán vốn đầu tư công', en: 'Public investment plans, progress and settlement', legalBasis: `${L}, Điều 46 khoản 5`, mandatory: true, frequency: 'annual' },
  { code: 'staffing_pay', kind: 'agency', vi: 'Tuyển dụng, bổ nhiệm, điều động, nâng lương, đánh giá, khen thưởng, kỷ luật cán bộ, công chức, viên chức', en: 'Recruitment, appointments, pay rises, evaluation, rewards and discipline of staff', legalBasis: `${L}, Điều 46 khoản 6`, mandatory: true, frequency: 'on_decision' },
  { code: 'corruption_assets_declaration', kind: 'agency', vi: 'Kết luận về vụ việc tiêu cực, tham nhũng; bản kê khai tài sản, thu nhập', en: 'Conclusions on corruption; declarations of assets and income', legalBasis: `${L}, Điều 46 khoản 7`, mandatory: true, frequency: 'on_decision' },
  { code: 'agency_inspection_results', kind: 'agency', vi: 'Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, kiến nghị trong nội bộ', en: 'Internal inspections, complaints and petitions: results', legalBasis: `${L}, Điều 46 khoản 8`, mandatory: true, frequency: 'on_decision' },
  { code: 'internal_rules', kind: 'agency', vi: 'Nội quy, quy chế của cơ quan, đơn vị; quy tắc ứng xử', en: 'Internal rules and code of conduct', legalBasis: `${L}, Điều 46 khoản 9`, mandatory: true, frequency: 'permanent' },
  { code: 'staff_opinions_results', kind: 'agency', vi: 'Kết quả tổng hợp, giải trình, tiếp thu ý kiến của cán bộ, công chức, viên chức', en: 'Synthesis of staff opinions and responses', legalBasis: `${L}, Điều 46 khoản 10`, mandatory: true, frequency: 'on_decision' },
  { code: 'superior_directives', kind: 'agency', vi: 'Văn bản chỉ đạo, điều hành của cơ quan quản lý cấp trên', en: 'Directives of the superior authority', legalBasis: `${L}, Điều 46 khoản 11`, mandatory: true, frequency: 'on_decision' },
  { code: 'agency_other', kind: 'agency', vi: 'Nội dung khác theo quy định của pháp luật và quy chế dân chủ của cơ quan, đơn vị', en: 'Other information', legalBasis: `${L}, Điều 46 khoản 12`, mandatory: false, frequency: 'on_decision' },
];

// Law 10/2022 Art. 64 binds state-owned enterprises; other employers apply the Labour Code (Art. 82): the list is
// used for every enterprise as the platform's default.
const ENTERPRISE_CATEGORIES: readonly DisclosureCategory[] = [
  { code: 'business_situation', kind: 'enterprise', vi: 'Tình hình sản xuất, kinh doanh, hoạt động của doanh nghiệp', en: 'Business situation', legalBasis: `${L}, Điều 64 khoản 1 điểm a`, mandatory: true, frequency: 'annual' },
  { code: 'labour_rules_pay', kind: 'enterprise', vi: 'Nội quy lao động, thang lương, bảng lương, định mức lao động, quy chế liên quan đến người lao động', en: 'Labour rules, pay scales, work norms', legalBasis: `${L}, Điều 64 khoản 1 điểm b`, mandatory: true, frequency: 'permanent' },
  { code: 'collective_agreements', kind: 'enterprise', vi: 'Thỏa ước lao động tập thể', en: 'Collective labour agreements', legalBasis: `${L}, Điều 64 khoản 1 điểm c`, mandatory: true, frequency: 'on_decision' },
  { code: 'welfare_funds', kind: 'enterprise', vi: 'Trích lập, sử dụng quỹ khen thưởng, phúc lợi và các quỹ do người lao động đóng góp', en: 'Reward and welfare funds', legalBasis: `${L}, Điều 64 khoản 1 điểm d`, mandatory: true, frequency: 'annual' },
  { code: 'union_fees_insurance', kind: 'enterprise', vi: 'Trích nộp kinh phí công đoàn, đóng bảo hiểm xã hội, y tế, thất nghiệp', en: 'Union fees and social, health, unemployment insurance', legalBasis: `${L}, Điều 64 khoản 1 điểm đ`, mandatory: true, frequency: 'annual' },
  { code: 'emulation_discipline', kind: 'enterprise', vi: 'Thi đua, khen thưởng, kỷ luật, giải quyết kiến nghị, phản ánh của người lao động', en: 'Emulation, rewards, discipline, workers\' petitions', legalBasis: `${L}, Điều 64 khoản 1 điểm e`, mandatory: true, frequency: 'annual' },
  { code: 'enterprise_democracy_regulation', kind: 'enterprise', vi: 'Quy chế thực hiện dân chủ của doanh nghiệp', en: 'Democracy regulation of the enterprise', legalBasis: `${L}, Điều 64 khoản 1 điểm g`, mandatory: true, frequency: 'permanent' },
  { code: 'enterprise_other', kind: 'enterprise', vi: 'Thông tin tài chính, tài sản, công tác cán bộ và nội dung khác theo quy chế dân chủ', en: 'Other financial, asset and personnel information', legalBasis: `${L}, Điều 64 khoản 1 điểm h`, mandatory: false, frequency: 'on_decision' },
];

export const ALL_CATEGORIES: readonly DisclosureCategory[] = [...COMMUNE_CATEGORIES, ...AGENCY_CATEGORIES, ...ENTERPRISE_CATEGORIES];
const BY_CODE = new Map(ALL_CATEGORIES.map((c) => [c.code, c]));

export function categoryByCode(code: string): DisclosureCategory | undefined {
  return BY_CODE.get(code);
}

/** The list that applies to a unit of this kind (villages use the commune's), or null when it discloses nothing. */
export function disclosureKindOf(unitKind: string): DisclosureUnitKind | null {
  if (unitKind === 'commune' || unitKind === 'village') return 'commune';
  if (unitKind === 'agency') return 'agency';
  if (unitKind === 'enterprise') return 'enterprise';
  return null;
}

export function categoriesFor(kind: DisclosureUnitKind): readonly DisclosureCategory[] {
  return kind === 'commune' ? COMMUNE_CATEGORIES : kind === 'agency' ? AGENCY_CATEGORIES : ENTERPRISE_CATEGORIES;
}

// ---- media (hình thức công khai: notice board, loudspeaker, website…) ---------------------------------------

interface DisclosureMedium {
  code: string;
  vi: string;
  en: string;
  kinds: readonly DisclosureUnitKind[];
  legalBasis: string;
}

export const MEDIA: readonly DisclosureMedium[] = [
  { code: 'notice_board', vi: 'Niêm yết tại trụ sở, nhà văn hóa', en: 'Notice board posting', kinds: ['commune', 'agency', 'enterprise'], legalBasis: `${L}, Điều 12 khoản 1 điểm a; Điều 47, 65` },
  { code: 'website', vi: 'Cổng/trang thông tin điện tử', en: 'Website / portal', kinds: ['commune', 'agency', 'enterprise'], legalBasis: `${L}, Điều 12 khoản 1 điểm b` },
  { code: 'loudspeaker', vi: 'Hệ thống truyền thanh', en: 'Loudspeaker system', kinds: ['commune'], legalBasis: `${L}, Điều 12 khoản 1 điểm c` },
  { code: 'village_head', vi: 'Thông qua Trưởng thôn, Tổ trưởng tổ dân phố', en: 'Through the village head', kinds: ['commune'], legalBasis: `${L}, Điều 12 khoản 1 điểm d` },
  { code: 'documents', vi: 'Gửi văn bản', en: 'Written notice', kinds: ['commune', 'agency', 'enterprise'], legalBasis: `${L}, Điều 12 khoản 1 điểm đ` },
  { code: 'village_meeting', vi: 'Cuộc họp của cộng đồng dân cư', en: 'Village meeting', kinds: ['commune'], legalBasis: `${L}, Điều 13 khoản 4` },
  { code: 'dialogue', vi: 'Hội nghị trao đổi, đối thoại', en: 'Dialogue conference', kinds: ['commune', 'enterprise'], legalBasis: `${L}, Điều 12 khoản 1 điểm e` },
  { code: 'reception', vi: 'Tiếp công dân, tiếp xúc cử tri, họp báo', en: 'Citizen reception, press', kinds: ['commune'], legalBasis: `${L}, Điều 12 khoản 1 điểm g` },
  { code: 'organizations', vi: 'Thông báo đến các tổ chức, đoàn thể', en: 'Through mass organisations', kinds: ['commune', 'agency', 'enterprise'], legalBasis: `${L}, Điều 12 khoản 1 điểm h; Điều 47 khoản 1 điểm e` },
  { code: 'social_network', vi: 'Mạng viễn thông, mạng xã hội', en: 'Telecom / social network', kinds: ['commune', 'enterprise'], legalBasis: `${L}, Điều 12 khoản 1 điểm i; Điều 65 khoản 1 điểm g` },
  { code: 'internal_system', vi: 'Hệ thống thông tin nội bộ', en: 'Internal information system', kinds: ['agency', 'enterprise'], legalBasis: `${L}, Điều 47 khoản 1 điểm b; Điều 65 khoản 1 điểm e` },
  { code: 'staff_conference', vi: 'Hội nghị cán bộ, công chức, viên chức, người lao động', en: 'Staff / worker conference', kinds: ['agency', 'enterprise'], legalBasis: `${L}, Điều 47 khoản 1 điểm c; Điều 65 khoản 1 điểm b` },
  { code: 'department_heads', vi: 'Thông qua người phụ trách các bộ phận', en: 'Through heads of departments', kinds: ['agency', 'enterprise'], legalBasis: `${L}, Điều 47 khoản 1 điểm đ; Điều 65 khoản 1 điểm d` },
  { code: 'other', vi: 'Hình thức khác theo quy chế dân chủ', en: 'Other', kinds: ['commune', 'agency', 'enterprise'], legalBasis: `${L}, Điều 12 khoản 1 điểm k` },
];
const MEDIUM_BY_CODE = new Map(MEDIA.map((c) => [c.code, c]));
export const MEDIUM_CODES = MEDIA.map((c) => c.code);
export function mediumByCode(code: string): DisclosureMedium | undefined {
  return MEDIUM_BY_CODE.get(code);
}
