// The demo world, as data: 深圳市 → 龙岗区 → its eleven streets → communities named in the
// documents, with resident populations, and what each target of the 2022 campaign reached.
// Populations and scores are illustrative, chosen near the documents' figures (average 95.4,
// 丹竹头社区 97.5); they are not official statistics.

export const DEMO_CITY = { code: '440300', name: '深圳市', population: 17_660_000 };
export const DEMO_DISTRICT = { code: '440307', name: '龙岗区', population: 3_979_000 };

export const DEMO_STREETS: { code: string; name: string; population: number; communities: [string, string, number][] }[] = [
  { code: '440307003', name: '南湾街道', population: 420_000, communities: [['440307003001', '丹竹头社区', 38_000], ['440307003002', '丹平社区', 26_000], ['440307003003', '樟树布社区', 31_000]] },
  { code: '440307005', name: '平湖街道', population: 470_000, communities: [['440307005001', '上木古社区', 24_000], ['440307005002', '力昌社区', 29_000], ['440307005003', '山厦社区', 33_000]] },
  { code: '440307011', name: '吉华街道', population: 360_000, communities: [['440307011001', '水径社区', 42_000], ['440307011002', '三联社区', 35_000], ['440307011003', '翠湖社区', 21_000]] },
  { code: '440307004', name: '横岗街道', population: 380_000, communities: [['440307004001', '同德社区', 18_000]] },
  { code: '440307001', name: '坂田街道', population: 560_000, communities: [] },
  { code: '440307002', name: '布吉街道', population: 400_000, communities: [] },
  { code: '440307006', name: '龙城街道', population: 480_000, communities: [] },
  { code: '440307007', name: '龙岗街道', population: 300_000, communities: [] },
  { code: '440307008', name: '坪地街道', population: 200_000, communities: [] },
  { code: '440307009', name: '宝龙街道', population: 230_000, communities: [] },
  { code: '440307010', name: '园山街道', population: 210_000, communities: [] },
];

export type DemoState = 'FINALIZED' | 'RECOMMENDED' | 'SUBMITTED' | 'RETURNED' | 'DRAFT' | 'UNTOUCHED';

/** The 2022 campaign's targets and where each one stands; `final` is the expert's total. */
export const DEMO_TARGETS: { name: string; state: DemoState; final?: number }[] = [
  { name: '丹竹头社区', state: 'DRAFT' },
  { name: '丹平社区', state: 'FINALIZED', final: 96 },
  { name: '翠湖社区', state: 'FINALIZED', final: 95.5 },
  { name: '同德社区', state: 'FINALIZED', final: 94.5 },
  { name: '水径社区', state: 'FINALIZED', final: 93.5 },
  { name: '三联社区', state: 'FINALIZED', final: 97.5 },
  { name: '上木古社区', state: 'RECOMMENDED' },
  // Submitted in 南湾街道, so its reviewer account (nanwan) has one to recommend or return.
  { name: '樟树布社区', state: 'SUBMITTED' },
  { name: '力昌社区', state: 'RETURNED' },
  { name: '山厦社区', state: 'UNTOUCHED' },
];

/** One account per role (and the county's administrator and filler); the password is generated at load time and printed once. */
export const DEMO_USERS = [
  { username: 'longgang', displayName: '龙岗区教育督导室', role: 'ADMIN', unit: '龙岗区' },
  { username: 'danzhutou', displayName: '丹竹头社区工作站', role: 'STAFF', unit: '丹竹头社区' },
  { username: 'nanwan', displayName: '南湾街道办事处', role: 'REVIEWER', unit: '南湾街道' },
  { username: 'expert', displayName: '市督导室评估组', role: 'EXPERT', unit: '龙岗区' },
  { username: 'fogang', displayName: '佛冈县教育督导室', role: 'ADMIN', unit: '佛冈县' },
  { username: 'fogangjy', displayName: '佛冈县教育局', role: 'STAFF', unit: '佛冈县' },
] as const;

/**
 * The 义务教育优质均衡 demo: a county of 清远市 with its schools (each registered by 学段, as
 * 教督〔2017〕6号 judges them), their 2024 resource figures and where each assessment stands.
 * Figures are illustrative, chosen near the document's standards; not official statistics.
 * Inputs in order: 高于规定学历教师, 县级以上骨干教师, 体育艺术专任教师 (人), 教学及辅助用房,
 * 体育运动场馆 (m²), 教学仪器设备值 (元), 网络多媒体教室 (间).
 */
export const DEMO_COUNTY_CITY = { code: '441800', name: '清远市', population: 3_970_000 };
export const DEMO_COUNTY = { code: '441821', name: '佛冈县', population: 330_000 };
export const DEMO_TOWNS: { code: string; name: string; population: number }[] = [
  { code: '441821100', name: '石角镇', population: 130_000 },
  { code: '441821101', name: '汤塘镇', population: 80_000 },
  { code: '441821102', name: '水头镇', population: 60_000 },
  { code: '441821103', name: '迳头镇', population: 40_000 },
];
export const DEMO_SCHOOLS: { code: string; name: string; town: string; stage: '小学' | '初中'; students: number; inputs: number[]; state: 'FINALIZED' | 'SUBMITTED' }[] = [
  { code: '4418211001', name: '石角镇中心小学', town: '石角镇', stage: '小学', students: 1200, inputs: [60, 14, 12, 6000, 10_000, 2_800_000, 30], state: 'FINALIZED' },
  { code: '4418211002', name: '石角镇第二小学', town: '石角镇', stage: '小学', students: 800, inputs: [40, 9, 8, 3900, 7000, 1_900_000, 20], state: 'FINALIZED' },
  { code: '4418211011', name: '汤塘镇中心小学', town: '汤塘镇', stage: '小学', students: 600, inputs: [27, 7, 6, 2900, 5200, 1_300_000, 15], state: 'FINALIZED' },
  { code: '4418211021', name: '水头镇中心小学', town: '水头镇', stage: '小学', students: 450, inputs: [19, 5, 5, 2100, 3500, 950_000, 11], state: 'FINALIZED' },
  { code: '4418211031', name: '迳头镇中心小学', town: '迳头镇', stage: '小学', students: 300, inputs: [14, 3, 3, 1500, 2400, 700_000, 8], state: 'SUBMITTED' },
  { code: '4418211003', name: '石角镇中学', town: '石角镇', stage: '初中', students: 1500, inputs: [90, 18, 15, 9500, 17_000, 4_200_000, 40], state: 'FINALIZED' },
  { code: '4418211012', name: '汤塘镇中学', town: '汤塘镇', stage: '初中', students: 900, inputs: [50, 10, 9, 5300, 9600, 2_300_000, 22], state: 'FINALIZED' },
  { code: '4418211022', name: '水头镇中学', town: '水头镇', stage: '初中', students: 700, inputs: [38, 8, 7, 4200, 7400, 1_800_000, 17], state: 'FINALIZED' },
  { code: '4418211032', name: '迳头镇中学', town: '迳头镇', stage: '初中', students: 500, inputs: [26, 6, 5, 2900, 5000, 1_300_000, 12], state: 'FINALIZED' },
];
