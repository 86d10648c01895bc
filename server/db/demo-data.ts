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
  { name: '力昌社区', state: 'SUBMITTED' },
  { name: '樟树布社区', state: 'RETURNED' },
  { name: '山厦社区', state: 'UNTOUCHED' },
];

/** One account per role; the password is generated at load time and printed once. */
export const DEMO_USERS = [
  { username: 'longgang', displayName: '龙岗区教育督导室', role: 'ADMIN', unit: '龙岗区' },
  { username: 'danzhutou', displayName: '丹竹头社区工作站', role: 'STAFF', unit: '丹竹头社区' },
  { username: 'nanwan', displayName: '南湾街道办事处', role: 'REVIEWER', unit: '南湾街道' },
  { username: 'expert', displayName: '市督导室评估组', role: 'EXPERT', unit: '龙岗区' },
] as const;
