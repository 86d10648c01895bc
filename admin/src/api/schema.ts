// Generated from schema.graphql by `npm run schema:print`; do not edit.
/* eslint-disable */

/** API 令牌的权限 */
export type ApiScope = 'READ' | 'WRITE';

/** 第三方工具使用的 API 令牌（默认只读） */
export interface ApiToken {
  /** 权限 */
  access: ApiScope[];
  /** 创建时间 */
  createdAt: string;
  /** 到期时间 */
  expiresAt: string | null;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 最近一次使用的时间 */
  lastUsedAt: string | null;
  /** 名称（使用它的工具） */
  name: string;
  /** 吊销时间；未吊销为空 */
  revokedAt: string | null;
  /** read 读取；write 另可修改 */
  scopes: string[];
  /** 令牌所属用户的用户名 */
  username: string;
}

/** 一个受评单位在一次督导评估中的自评与评分 */
export interface Assessment {
  /** 佐证材料 */
  attachments: Attachment[];
  /** 所属督导评估 */
  campaign: Campaign;
  /** 计算字段的值 */
  computed: any;
  /** 填报的答案 */
  data: any;
  /** 无法计算的内容（缺少数据、除以零、否决项无法判断…），每项注明位置和指标；草稿可以有，提交时必须为空。该指标不计分（不是 0 分） */
  faults: AssessmentFault[];
  /** 最终得分（专家评定） */
  finalScore: number | null;
  /** 评定（专家定稿）的时间 */
  finalizedAt: string | null;
  /** 等级（如 优秀、良好）；尚未评定时为空 */
  grade: string | null;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 各指标各阶段得分（按文档顺序） */
  indicatorScores: IndicatorScore[];
  /** 合理缺项：{ 指标编码: 不适用的理由 }；这些指标不计分、不计入总分（按比例折算或按满分计） */
  notApplicable: any;
  /** 受评单位 */
  orgUnit: OrgUnit;
  /** 是否合格（达标）；尚未评定时为空 */
  passed: boolean | null;
  /** 最近一次退回的理由 */
  returnReason: string | null;
  /** 评审记录（推荐、退回、评定），按时间先后；填报单位也能看到意见和理由 */
  reviews: Review[];
  /** 修订号：保存草稿和提交时作为 expectedRevision 传回 */
  revision: number;
  /** 每次保存的修订记录（不含内容） */
  revisions: AssessmentRevision[];
  /** 自评总分 */
  selfScore: number;
  /** 人工评分项的自评分 { 指标编码: 分数 } */
  selfScores: any;
  /** 公式中的 $sources：{ 来源名称: [{ unit, status, passed, total, grade, results, scores, values }] }（浏览器用它以同样的数据计算派生指标） */
  sourceValues: any;
  /** 派生指标依据的下级单位评估（如县域评估依据的各校评估）：填报中为实时数据，提交后为提交时的数据 */
  sources: AssessmentSource[];
  /** 所处环节 */
  status: AssessmentStatus;
  /** 街道推荐时的总分 */
  streetScore: number | null;
  /** 最近一次提交的时间 */
  submittedAt: string | null;
  /** 填报所依据的指标体系版本（固定） */
  systemVersion: IndicatorSystemVersion;
  /** 开始填报时受评单位属性的快照（公式中的 $unit 读取它；之后修改单位不影响本次评估） */
  unitAttributes: any | null;
  /** 最后更新时间（任何保存、提交、评审都会更新） */
  updatedAt: string;
  /** 是否触发一票否决 */
  vetoed: boolean;
  /** 您现在能对这条评估做什么（按权限和流程状态） */
  viewerCan: AssessmentCapabilities;
}

/** 当前用户现在能对这条评估做什么（由服务器的权限规则和流程状态决定） */
export interface AssessmentCapabilities {
  /** 能填报、保存草稿和提交（草稿且督导评估在填报期） */
  fill: boolean;
  /** 能按单位信息刷新受评单位属性（refreshAssessmentUnit） */
  refreshUnit: boolean;
  /** 能在哪个阶段评审（STREET 街道推荐或退回，EXPERT 专家评定或退回）；不能评审为空 */
  reviewStage: ReviewStage | null;
  /** 能上传和删除佐证材料 */
  uploadEvidence: boolean;
}

/** Assessment 的一页（keyset 分页：翻页期间新增的记录不会打乱页） */
export interface AssessmentConnection {
  /** 本页各条及其游标 */
  edges: AssessmentEdge[];
  /** 本页各条（不需要游标时用它） */
  nodes: Assessment[];
  /** 分页信息 */
  pageInfo: PageInfo;
  /** 符合条件的总条数（不只本页） */
  totalCount: number;
}

/** 分页中的一条 Assessment 及其游标 */
export interface AssessmentEdge {
  /** 这一条的游标（不透明，原样用作 after） */
  cursor: string;
  /** 这一条 */
  node: Assessment;
}

/** 评估中一处无法计算的内容 */
export interface AssessmentFault {
  /** 所在指标的编码 */
  indicatorCode: string | null;
  /** 原因及如何处理 */
  message: string;
  /** 答案中的位置（JSON Pointer），如 /A/A1/perCapita */
  path: string;
}

/** 评估列表的排序；分页游标只对取得它的排序有效 */
export interface AssessmentOrder {
  /** 排序方向，默认升序 */
  direction: OrderDirection;
  /** 排序依据 */
  field: AssessmentOrderField;
}

/** 评估列表的排序依据 */
export type AssessmentOrderField = 'ID' | 'UPDATED_AT';

/** 用引擎预览：校验、计算字段、各指标得分、总分 */
export interface AssessmentPreview {
  /** 计算出的值（公式字段） */
  computed: any;
  /** [{ path, message }] */
  errors: any;
  /** 校验不通过或无法计算之处，每项注明位置和指标 */
  faults: AssessmentFault[];
  /** 按总分得到的等级 */
  grade: string | null;
  /** 各指标得分（自评口径） */
  indicatorScores: any;
  /** 样例答案是否合格（按体系的合格规则）；无法判定时为空 */
  passed: boolean | null;
  /** 各指标得分或结果（自评口径） */
  scores: IndicatorScore[];
  /** 预览所用的 $sources 数据 { 来源名称: [...] }（未链接来源时为空对象） */
  sourceValues: any;
  /** 自评总分 */
  total: number;
  /** 答案是否通过校验且没有无法计算的项 */
  valid: boolean;
  /** 各一票否决项的结果 */
  vetoResults: VetoResult[];
  /** 是否触发一票否决 */
  vetoed: boolean;
  /** 一票否决项的结果 */
  vetoes: any;
}

/** 评估的一次修订：保存、提交或评审 */
export interface AssessmentRevision {
  /** save | submit | recommend | return | finalize */
  action: string;
  /** 时间 */
  at: string;
  /** 修订号 */
  revision: number;
  /** 修订后的状态 */
  status: AssessmentStatus;
  /** 这次修订所做的事 */
  step: RevisionStep;
  /** 操作人的用户编号 */
  userId: number | null;
}

/** 一个数据来源：公式中 $sources.<名称> 读取的单位 */
export interface AssessmentSource {
  /** 所链接的来源督导评估的名称 */
  campaignName: string | null;
  /** x-system.sources 中的名称 */
  name: string;
  /** 来源督导评估中、受评单位辖区内尚未计入的单位（如尚未评定），派生指标暂未包含它们 */
  notCounted: SourceUnitPending[];
  /** 来源督导评估所用的指标体系版本（用于显示各单位数据的字段名称） */
  systemVersion: IndicatorSystemVersion | null;
  /** 计入的单位（状态符合来源的 statuses，默认已评定） */
  units: SourceUnit[];
}

/** DRAFT 填报中 · SUBMITTED 已提交 · RECOMMENDED 街道已推荐 · FINALIZED 专家已评定 */
export type AssessmentStatus = 'DRAFT' | 'FINALIZED' | 'RECOMMENDED' | 'SUBMITTED';

/** 佐证材料；下载地址为 /api/evidence/{id} */
export interface Attachment {
  /** 上传时间 */
  createdAt: string;
  /** 上传时的文件名 */
  filename: string;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 佐证的指标代码 */
  indicatorCode: string;
  /** 文件类型（按内容识别） */
  mimeType: string;
  /** 文件内容的 SHA-256 */
  sha256: string;
  /** 文件大小（字节） */
  size: number;
}

/** 按单位属性（如学段）的某一取值汇总 */
export interface AttributeStats {
  /** 已评定单位的平均得分 */
  averageScore: number | null;
  /** 达标覆盖率：合格单位占受评单位的比例（0–1） */
  coverage: number;
  /** 已评定的 */
  finalized: number;
  /** 已评定且合格的 */
  passed: number;
  /** 已提交的 */
  submitted: number;
  /** 受评单位数 */
  total: number;
  /** 属性值（转为文字）；未填该属性的单位为空 */
  value: string | null;
}

/** 督导评估 */
export interface Campaign {
  /** 受评单位的评估（限于您可见的范围），分页 */
  assessments: AssessmentConnection;
  /** 截止填报的时间 */
  closedAt: string | null;
  /** 与另一项督导评估对比（如上一年度的）：总体与各指标；指标按代码或 x-indicator.sameAs 对应 */
  compareWith: CampaignComparison;
  /** 创建时间 */
  createdAt: string;
  /** 各阶段截止日期：{ submit, review, expert } */
  deadlines: any;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 名称，如“2024年龙岗区学习型社区督导评估” */
  name: string;
  /** 开始填报的时间 */
  openedAt: string | null;
  /** 组织单位 */
  orgUnit: OrgUnit | null;
  /** 合格分 */
  passScore: number;
  /** 统计（限于您可见的范围） */
  stats: CampaignStats;
  /** 所处阶段 */
  status: CampaignStatus;
  /** 使用的指标体系版本（固定，不随新版本变化） */
  systemVersion: IndicatorSystemVersion;
  /** 受评单位的编号 */
  targetOrgUnitIds: string[];
  /** 您能对这项督导评估做什么 */
  viewerCan: CampaignCapabilities;
  /** 年度 */
  year: number;
}

/** 当前用户能对这项督导评估做什么 */
export interface CampaignCapabilities {
  /** 能管理：开始填报、截止、公布、导出、查看全部统计 */
  manage: boolean;
}

/** 两项督导评估的对比（如逐年对比），限于您可见的范围；指标体系可以不同 */
export interface CampaignComparison {
  /** 本次已评定单位的平均得分 */
  averageScore: number | null;
  /** 本次各指标（按体系顺序）及其对应 */
  indicators: IndicatorComparison[];
  /** 对比评估的平均得分 */
  otherAverageScore: number | null;
  /** 对比评估的合格率 */
  otherPassRate: number | null;
  /** 本次合格率（合格 / 已评定） */
  passRate: number | null;
  /** 对比评估中没有对应到本次任何指标的指标代码 */
  unmatched: string[];
}

/** Campaign 的一页（keyset 分页：翻页期间新增的记录不会打乱页） */
export interface CampaignConnection {
  /** 本页各条及其游标 */
  edges: CampaignEdge[];
  /** 本页各条（不需要游标时用它） */
  nodes: Campaign[];
  /** 分页信息 */
  pageInfo: PageInfo;
  /** 符合条件的总条数（不只本页） */
  totalCount: number;
}

/** 分页中的一条 Campaign 及其游标 */
export interface CampaignEdge {
  /** 这一条的游标（不透明，原样用作 after） */
  cursor: string;
  /** 这一条 */
  node: Campaign;
}

/** 数据来源：由哪次督导评估提供（如学校评估为县域评估提供校际差异系数） */
export interface CampaignSourceInput {
  /** 提供数据的督导评估 */
  campaignId: string;
  /** x-system.sources 中的名称 */
  name: string;
}

/** 督导评估的统计（限于您可见的范围） */
export interface CampaignStats {
  /** 已评定单位的平均分 */
  averageScore: number | null;
  /** 按单位属性（如 stage 学段）的取值汇总 */
  byAttribute: AttributeStats[];
  /** 按某一层级（如 street）汇总 */
  byOrgUnit: OrgUnitStats[];
  /** 覆盖率 = 通过数 / 受评单位数 */
  coverage: number;
  /** 专家已评定 */
  finalized: number;
  /** 各计分指标的平均自评得分与最终得分之差（自评偏差） */
  indicatorGaps: IndicatorGap[];
  /** 已评定单位中的最高分 */
  maxScore: number | null;
  /** 已评定单位中的最低分 */
  minScore: number | null;
  /** 已评定且合格的单位数 */
  passed: number;
  /** 已评定单位的最终得分分布：从 0 到体系总分等分为若干段 */
  scoreDistribution: ScoreBucket[];
  /** 某个填报值或计算值在已评定单位间的分布，如 path: "D.D2.perCapita"；可按单位属性加权（如 students） */
  spread: ValueSpread;
  /** 达标类指标：已评定单位中达标、基本达标、未达标的单位数 */
  standardResults: StandardStat[];
  /** 已提交（含已推荐、已评定） */
  submitted: number;
  /** 受评单位数 */
  total: number;
  /** 得分率最低的指标（短板弱项） */
  weakestIndicators: IndicatorStat[];
}

/** DRAFT 未开始 · OPEN 填报中 · CLOSED 已截止 · PUBLISHED 已公布 */
export type CampaignStatus = 'CLOSED' | 'DRAFT' | 'OPEN' | 'PUBLISHED';

/** 新建督导评估 */
export interface CreateCampaignInput {
  /** { submit, review, expert }，ISO 日期 */
  deadlines?: any | null;
  /** 名称 */
  name: string;
  /** 组织单位，默认为创建者所属单位 */
  orgUnitId?: string | null;
  /** 合格分，默认取指标体系的 passScore */
  passScore?: number | null;
  /** 指标体系声明的每个数据来源（x-system.sources）所读取的督导评估 */
  sources?: CampaignSourceInput[] | null;
  /** 已发布的指标体系版本 */
  systemVersionId: string;
  /** 受评单位 */
  targetOrgUnitIds: string[];
  /** 年度，默认今年 */
  year?: number | null;
}

/** 新建的 API 令牌 */
export interface CreatedApiToken {
  /** 令牌的记录（不含令牌本身） */
  apiToken: ApiToken;
  /** 令牌本身：只显示这一次，请求时放在 Authorization: Bearer 头中 */
  token: string;
}

/** 新建推送地址或更换密钥的结果 */
export interface CreatedWebhook {
  /** 签名密钥：只显示这一次，请保存到接收方，用它校验 X-Zhibiao-Signature */
  secret: string;
  /** 推送地址 */
  webhook: Webhook;
}

/** 新建单位 */
export interface CreateOrgUnitInput {
  /** 单位属性（如 population 常住人口），公式通过 $unit 读取 */
  attributes?: any | null;
  /** 行政区划代码（区 6 位、街道 9 位、社区 12 位）或学校代码 */
  code: string;
  /** 层级代码，如 street、community */
  level: string;
  /** 名称 */
  name: string;
  /** 上级单位编号 */
  parentId?: string | null;
}

/** 新建账号 */
export interface CreateUserInput {
  /** 姓名 */
  displayName: string;
  /** 首次登录须修改密码（由管理员生成密码时应为 true） */
  mustChangePassword?: boolean | null;
  /** 所属单位；不填则为全局管理员（仅全局管理员可创建） */
  orgUnitId?: string | null;
  /** 初始密码（至少 10 位，含字母和数字） */
  password: string;
  /** 角色 */
  role: Role;
  /** 用户名（登录用，不可重复） */
  username: string;
}

/** 新建推送地址 */
export interface CreateWebhookInput {
  /** 说明，如“省平台” */
  description?: string | null;
  /** 订阅的事件，至少一种 */
  events: WebhookEvent[];
  /** 接收推送的网址（http 或 https） */
  url: string;
}

/** 导入时生成的初始密码：只返回这一次 */
export interface GeneratedPassword {
  /** 生成的密码（只显示这一次） */
  password: string;
  /** 用户名 */
  username: string;
}

/** 一行的一个问题 */
export interface ImportFault {
  /** 问题说明 */
  message: string;
  /** 出问题的列，如 /code、/parentCode */
  path: string;
  /** 数据行号（从 1 起，不含表头） */
  row: number;
}

/** 批量导入的结果 */
export interface ImportResult {
  /** 已写入的行数（预览或有问题时为 0：要么全部写入，要么都不写入） */
  created: number;
  /** 各行的问题（行号与列）；有问题时一行也没有写入 */
  faults: ImportFault[];
  /** 没有任何问题；预览时表示可以导入 */
  ok: boolean;
  /** 导入账号的初始密码（仅在实际写入时） */
  passwords: GeneratedPassword[];
}

/** 指标树中的一个指标（按文档顺序展开） */
export interface Indicator {
  /** 指标代码，如 A1 */
  code: string;
  /** 评分标准 */
  criteria: string | null;
  /** 负责部门（分工） */
  departments: string[];
  /** 是否必须上传佐证材料 */
  evidenceRequired: boolean;
  /** 计分公式（JSONata） */
  formula: string | null;
  /** score 计分类 | standard 达标类（不计分，认定达标/基本达标/未达标） */
  kind: string;
  /** 1 为一级指标 */
  level: number;
  /** 分值 */
  maxScore: number;
  /** 评价方式：计分或达标 */
  measure: Measure;
  /** sum | manual | formula | checklist */
  method: string;
  /** 上级指标代码；一级指标为空 */
  parentCode: string | null;
  /** 计分方式 */
  scoringMethod: ScoringMethod;
  /** 指标名称 */
  title: string;
  /** 一票否决项的说明 */
  vetoMessage: string | null;
}

/** 一个指标在两项督导评估中的表现（按代码或 x-indicator.sameAs 对应） */
export interface IndicatorComparison {
  /** 变化（本次 − 对比），两者都有时才有 */
  change: number | null;
  /** 本次的指标代码 */
  code: string;
  /** 指标级别 */
  level: number;
  /** 对比评估中对应的指标代码；没有对应时为空 */
  otherCode: string | null;
  /** 对比评估中的得分率或达标率 */
  otherRate: number | null;
  /** 对比评估中对应的指标名称 */
  otherTitle: string | null;
  /** 本次的平均得分率（计分类）或达标率（达标类），0–1；没有已评定单位时为空 */
  rate: number | null;
  /** 本次的指标名称 */
  title: string;
}

/** 一个指标的自评与最终得分之差（已评定单位的平均） */
export interface IndicatorGap {
  /** 平均最终得分 */
  averageFinal: number;
  /** 平均自评得分 */
  averageSelf: number;
  /** 指标代码 */
  code: string;
  /** 平均差（最终 − 自评）：负数表示自评偏高 */
  gap: number;
  /** 指标级别 */
  level: number;
  /** 分值 */
  maxScore: number;
  /** 指标名称 */
  title: string;
  /** 参与比较的单位数（两者都有的） */
  units: number;
}

/** 一个指标各阶段的得分（计分类）或结果（达标类）；未知或无法计算时为空 */
export interface IndicatorScore {
  /** 指标代码 */
  code: string;
  /** 专家认定的结果（达标类） */
  expertResult: StandardResult | null;
  /** 专家评分 */
  expertScore: number | null;
  /** 最终结果（达标类） */
  finalResult: StandardResult | null;
  /** 最终得分（专家评定） */
  finalScore: number | null;
  /** score 计分类 | standard 达标类 */
  kind: string;
  /** 指标级别（1 为一级指标） */
  level: number;
  /** 满分（分值） */
  maxScore: number;
  /** 评价方式：计分或达标 */
  measure: Measure;
  /** 自评结果（达标类） */
  selfResult: StandardResult | null;
  /** 自评得分 */
  selfScore: number | null;
  /** 街道推荐时的结果（达标类） */
  streetResult: StandardResult | null;
  /** 街道评分 */
  streetScore: number | null;
  /** 指标名称 */
  title: string;
}

/** 指标在已评定单位中的得分情况 */
export interface IndicatorStat {
  /** 已评定单位的平均得分 */
  averageScore: number;
  /** 指标代码 */
  code: string;
  /** 指标级别 */
  level: number;
  /** 满分（分值） */
  maxScore: number;
  /** 平均得分率（平均分 / 分值） */
  share: number;
  /** 指标名称 */
  title: string;
  /** 已评定并参与统计的单位数 */
  units: number;
}

/** 指标体系：以 JSON Schema 定义的评价指标及其版本 */
export interface IndicatorSystem {
  /** 随系统提供的示例体系（据公开文件整理，非官方表格） */
  builtIn: boolean;
  /** 当前用户能否修改、发布此体系（只有所属单位及上级的管理员可以；内置体系属于全局管理员） */
  canRevise: boolean;
  /** 编码（唯一） */
  code: string;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 发布机构 */
  issuer: string | null;
  /** 当前已发布的版本 */
  latestPublished: IndicatorSystemVersion | null;
  /** 名称 */
  name: string;
  /** 每次保存草稿或发布加一；保存草稿时作为 expectedRevision 传回 */
  revision: number;
  /** 适用的单位层级，如 community */
  targetLevel: string | null;
  /** 全部版本，新版本在前 */
  versions: IndicatorSystemVersion[];
}

/** 指标体系的一个版本：发布后不再改变，评估固定在它上面 */
export interface IndicatorSystemVersion {
  /** 创建时间 */
  createdAt: string;
  /** 草稿中尚未改正的问题 [{ path, message }]；已发布版本总是为空 */
  faults: any;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 指标树（按文档顺序）；草稿仍有问题时为空 */
  indicators: Indicator[];
  /** score 计分类 | standard 达标类（不计分）| mixed 两者兼有；尚有问题的草稿为空 */
  kind: string | null;
  /** 评价方式：计分、达标或两者兼有；尚有问题的草稿为空 */
  measure: Measure | null;
  /** 版本号 */
  number: number;
  /** 发布时间 */
  publishedAt: string | null;
  /** 指标体系的 JSON Schema */
  schema: any;
  /** 版本状态 */
  status: VersionStatus;
  /** 所属指标体系 */
  system: IndicatorSystem;
  /** 表单布局（uiSchema） */
  uiSchema: any | null;
}

/** 评价方式 */
export type Measure = 'MIXED' | 'SCORE' | 'STANDARD';

/** 修改：每项都在一个事务中完成并记入审计日志；出错时什么也不改变，错误带 code 与每处问题的 path */
export interface Mutation {
  /** 修改本人的密码 */
  changePassword: User;
  /** 截止填报：不再接受保存和提交，评审继续 */
  closeCampaign: Campaign;
  /** 为第三方工具创建 API 令牌，以本人身份访问；默认只读 */
  createApiToken: CreatedApiToken;
  /** 新建督导评估（未开始）：指标体系版本与受评单位 */
  createCampaign: Campaign;
  /** 新建指标体系（含草稿版本 1） */
  createIndicatorSystem: IndicatorSystem;
  /** 增加组织层级（仅全局管理员） */
  createOrgLevel: OrgLevel;
  /** 新建单位（管理员，在本单位之下） */
  createOrgUnit: OrgUnit;
  /** 新建账号（管理员，在本单位或下级单位） */
  createUser: User;
  /** 登记推送地址；回答中的 secret 只显示这一次 */
  createWebhook: CreatedWebhook;
  /** 删除一份佐证材料（仅填报中可删） */
  deleteAttachment: boolean;
  /** 删除推送地址及其推送记录 */
  deleteWebhook: boolean;
  /** 批量导入单位：dryRun 为真时只检查不写入；任何一行有问题则都不写入 */
  importOrgUnits: ImportResult;
  /** 批量导入账号（初始密码由系统生成、只返回一次、首次登录须修改）：dryRun 为真时只检查不写入；任何一行有问题则都不写入 */
  importUsers: ImportResult;
  /** 登录：回答会话令牌（也写入 HttpOnly Cookie）；连续失败会暂时锁定账号 */
  login: Session;
  /** 注销当前会话 */
  logout: boolean;
  /** 开始填报：为每个受评单位建立评估记录 */
  openCampaign: Campaign;
  /** 发送一次测试推送（事件 ping），检查接收方是否配置正确 */
  pingWebhook: WebhookDelivery;
  /** 公布结果：已截止的督导评估 */
  publishCampaign: Campaign;
  /** 发布最新草稿；原已发布版本转为停用 */
  publishIndicatorSystem: IndicatorSystemVersion;
  /** 重新推送一条记录（如接收方修复后），从第一次尝试算起 */
  redeliverWebhook: WebhookDelivery;
  /** （管理员）填报中的评估改用受评单位当前的属性（如更正后的常住人口），并重新计算；expectedRevision 过期时返回 CONFLICT */
  refreshAssessmentUnit: Assessment;
  /** 重置密码：生成新密码（只返回这一次），本人下次登录须修改；原会话结束，锁定解除 */
  resetUserPassword: PasswordReset;
  /** 街道推荐/退回，专家评定/退回 */
  reviewAssessment: Assessment;
  /** 吊销一个 API 令牌：本人的，或（管理员）本单位及下级用户的 */
  revokeApiToken: boolean;
  /** 更换签名密钥；新密钥只显示这一次，此后的推送用它签名 */
  rotateWebhookSecret: CreatedWebhook;
  /** 保存草稿；expectedRevision 过期时返回 CONFLICT，不做任何修改 */
  saveAssessmentDraft: Assessment;
  /** 保存草稿：更新最新草稿，或在已发布版本之后新建草稿 */
  saveIndicatorSystemDraft: IndicatorSystemVersion;
  /** 停用或启用一个账号；停用立即结束其会话 */
  setUserDisabled: User;
  /** 提交自评：答案完整有效、自评分齐全、佐证材料齐全 */
  submitAssessment: Assessment;
  /** 解除登录失败过多造成的锁定 */
  unlockUser: User;
  /** 修改组织单位的名称或属性（如常住人口）；expectedRevision 过期时返回 CONFLICT，不做任何修改 */
  updateOrgUnit: OrgUnit;
  /** 修改推送地址：网址、事件、说明、启用或停用 */
  updateWebhook: Webhook;
}

/** 排序方向 */
export type OrderDirection = 'ASC' | 'DESC';

/** 组织层级（省、市、区、县、街道、镇、社区、村、学校、幼儿园…） */
export interface OrgLevel {
  /** 编码，如 school */
  code: string;
  /** 名称，如 学校 */
  name: string;
  /** 位置：1 为最高；下级单位的层级位置大于上级 */
  position: number;
}

/** 组织单位：省、市、区、街道、社区 */
export interface OrgUnit {
  /** 属性：常住人口 population、面积 area 等 */
  attributes: any;
  /** 行政区划代码 */
  code: string;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** province | city | district | street | community */
  level: string;
  /** 名称 */
  name: string;
  /** 上级单位；顶层为空 */
  parent: OrgUnit | null;
  /** 祖先路径（内部 id），用于子树查询 */
  path: string;
  /** 修订号：updateOrgUnit 时作为 expectedRevision 传回 */
  revision: number;
}

/** OrgUnit 的一页（keyset 分页：翻页期间新增的记录不会打乱页） */
export interface OrgUnitConnection {
  /** 本页各条及其游标 */
  edges: OrgUnitEdge[];
  /** 本页各条（不需要游标时用它） */
  nodes: OrgUnit[];
  /** 分页信息 */
  pageInfo: PageInfo;
  /** 符合条件的总条数（不只本页） */
  totalCount: number;
}

/** 分页中的一条 OrgUnit 及其游标 */
export interface OrgUnitEdge {
  /** 这一条的游标（不透明，原样用作 after） */
  cursor: string;
  /** 这一条 */
  node: OrgUnit;
}

/** 导入的一个单位（表格中的一行） */
export interface OrgUnitImportRow {
  /** 单位属性，如 { "population": 12000 } */
  attributes?: any | null;
  /** 单位代码 */
  code: string;
  /** 层级代码，如 street、community、school */
  level: string;
  /** 名称 */
  name: string;
  /** 上级单位的代码：已有的单位，或本表中排在前面的行 */
  parentCode?: string | null;
}

/** 某一单位（如一个街道）下的汇总 */
export interface OrgUnitStats {
  /** 平均得分；没有已评定的单位时为空 */
  averageScore: number | null;
  /** 达标覆盖率：合格单位占受评单位的比例（0–1） */
  coverage: number;
  /** 已评定的 */
  finalized: number;
  /** 汇总的单位 */
  orgUnit: OrgUnit;
  /** 已评定且合格的 */
  passed: number;
  /** 已提交的 */
  submitted: number;
  /** 该单位下的受评单位数 */
  total: number;
}

/** 分页信息 */
export interface PageInfo {
  /** 本页最后一条的游标：作为 after 取下一页 */
  endCursor: string | null;
  /** 后面是否还有；有则用 endCursor 作为下一页的 after */
  hasNextPage: boolean;
  /** 本页是否从某个游标之后开始 */
  hasPreviousPage: boolean;
  /** 本页第一条的游标 */
  startCursor: string | null;
}

/** 重置后的新密码：只在这一次返回，请当面或通过安全渠道交给本人 */
export interface PasswordReset {
  /** 新密码（只显示这一次；下次登录须修改） */
  password: string;
  /** 账号 */
  user: User;
}

/** 读取：除 login 与 me 外都需要会话或 API 令牌，只返回您所在单位及下级范围内的数据 */
export interface Query {
  /** 我创建的 API 令牌；ofSubtree 为真时（管理员）为本单位及下级全部用户的令牌 */
  apiTokens: ApiToken[];
  /** 一份评估（限于您可见的范围） */
  assessment: Assessment | null;
  /** 一项督导评估（限于您可见的范围） */
  campaign: Campaign | null;
  /** 可见的督导评估，新建的在前，分页 */
  campaignConnection: CampaignConnection;
  /** 可见的督导评估：本单位组织的，或有受评单位在本单位范围内的（全部，不分页） */
  campaigns: Campaign[];
  /** 一个指标体系 */
  indicatorSystem: IndicatorSystem | null;
  /** 可用的指标体系：全局的与本单位及上级单位的 */
  indicatorSystems: IndicatorSystem[];
  /** 当前登录用户；未登录时为 null */
  me: User | null;
  /** 我的工作：您可见的评估（所有督导评估，新的在前）；waiting 为 true 时只列等您处理的（填报，或在您的阶段评审） */
  myWork: AssessmentConnection;
  /** 所有组织层级，从高到低 */
  orgLevels: OrgLevel[];
  /** 可见范围内的组织单位（本单位及下级） */
  orgUnits: OrgUnitConnection;
  /** 用引擎试算：不保存任何内容（每个请求至多两次） */
  previewAssessment: AssessmentPreview;
  /** 本单位及下级单位的账号（管理员） */
  users: UserConnection;
  /** 本单位及下级单位管理员登记的推送地址（管理员） */
  webhooks: Webhook[];
}

/** 一次评审：推荐、退回或评定 */
export interface Review {
  /** 评审时间 */
  createdAt: string;
  /** 决定 */
  decision: ReviewDecision;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 意见 */
  opinion: string | null;
  /** 改动自动计分时的理由 { 指标编码: 理由 } */
  reasons: any | null;
  /** 评审人（显示名，如“南湾街道办事处”） */
  reviewerName: string | null;
  /** 评审给出的分数 { 指标代码: 分数 } */
  scores: any | null;
  /** 环节 */
  stage: ReviewStage;
}

/** RECOMMEND 推荐（街道） · RETURN 退回修改 · FINALIZE 评定（专家） */
export type ReviewDecision = 'FINALIZE' | 'RECOMMEND' | 'RETURN';

/** STREET 街道推荐 · EXPERT 专家评分 */
export type ReviewStage = 'EXPERT' | 'STREET';

/** 一次修订所做的事 */
export type RevisionStep = 'FINALIZE' | 'RECOMMEND' | 'RETURN' | 'SAVE' | 'SUBMIT';

/** ADMIN 管理员 · STAFF 填报人员 · REVIEWER 街道审核（推荐） · EXPERT 评估专家 */
export type Role = 'ADMIN' | 'EXPERT' | 'REVIEWER' | 'STAFF';

/** 得分分布的一段：from ≤ 得分 < to（最后一段含 to） */
export interface ScoreBucket {
  /** 下限（含） */
  from: number;
  /** 上限（最后一段含） */
  to: number;
  /** 得分在此段的已评定单位数 */
  units: number;
}

/** 指标的计分方式 */
export type ScoringMethod = 'CHECKLIST' | 'FORMULA' | 'MANUAL' | 'SUM';

/** 登录的结果：会话令牌（也写入 Cookie）与用户 */
export interface Session {
  /** 最迟失效时间（另有空闲超时） */
  expiresAt: string;
  /** 会话令牌：请求时放在 Authorization: Bearer 头中 */
  token: string;
  /** 登录的用户 */
  user: User;
}

/** 来源督导评估中的一个单位及其数据 */
export interface SourceUnit {
  /** 单位属性（如学段），取自来源评估开始时的快照 */
  attributes: any;
  /** 单位代码 */
  code: string;
  /** 单位层级 */
  level: string;
  /** 单位名称 */
  name: string;
  /** 是否合格（达标） */
  passed: boolean | null;
  /** 评估所处环节 */
  status: AssessmentStatus;
  /** 最终得分（未评定时为自评分） */
  total: number | null;
  /** 填报的数据与计算值（公式中 $sources.<名称>.values） */
  values: any;
}

/** 来源督导评估中尚未计入派生指标的单位 */
export interface SourceUnitPending {
  /** 单位代码 */
  code: string;
  /** 单位名称 */
  name: string;
  /** 评估所处环节（尚未达到计入的环节） */
  status: AssessmentStatus;
}

/** 达标类指标的结果：MET 达标 · BASIC 基本达标 · UNMET 未达标（在分数 JSON 中写作 met / basic / unmet） */
export type StandardResult = 'BASIC' | 'MET' | 'UNMET';

/** 达标类指标在已评定单位中的结果分布 */
export interface StandardStat {
  /** 基本达标的单位数 */
  basic: number;
  /** 指标代码 */
  code: string;
  /** 指标级别 */
  level: number;
  /** 达标的单位数 */
  met: number;
  /** 指标名称 */
  title: string;
  /** 没有结果的单位数 */
  unknown: number;
  /** 未达标的单位数 */
  unmet: number;
}

/** 修改组织单位：只改给出的项；attributes 整体替换（已开始的评估保留开始时的属性） */
export interface UpdateOrgUnitInput {
  /** 单位属性（整体替换），如 { "population": 12000 } */
  attributes?: any | null;
  /** 新名称；不填则不变 */
  name?: string | null;
}

/** 修改推送地址；不填的项保持不变 */
export interface UpdateWebhookInput {
  /** 说明 */
  description?: string | null;
  /** 启用或停用 */
  enabled?: boolean | null;
  /** 订阅的事件 */
  events?: WebhookEvent[] | null;
  /** 接收推送的网址 */
  url?: string | null;
}

/** 用户：账号、角色和所属单位 */
export interface User {
  /** 当前用户能进入管理后台的哪些部分（只对当前登录用户自己有值，其他用户为空） */
  can: ViewerCapabilities | null;
  /** 已停用：不能登录，会话和 API 令牌失效 */
  disabled: boolean;
  /** 姓名或显示名称 */
  displayName: string;
  /** 编号（不透明的字符串，请原样使用） */
  id: string;
  /** 登录失败过多被锁定至此时间；管理员可解锁 */
  lockedUntil: string | null;
  /** 下次登录须修改密码（管理员重置或生成的密码） */
  mustChangePassword: boolean;
  /** 所属单位；全局管理员为 null */
  orgUnit: OrgUnit | null;
  /** 角色 */
  role: Role;
  /** 用户名 */
  username: string;
}

/** User 的一页（keyset 分页：翻页期间新增的记录不会打乱页） */
export interface UserConnection {
  /** 本页各条及其游标 */
  edges: UserEdge[];
  /** 本页各条（不需要游标时用它） */
  nodes: User[];
  /** 分页信息 */
  pageInfo: PageInfo;
  /** 符合条件的总条数（不只本页） */
  totalCount: number;
}

/** 分页中的一条 User 及其游标 */
export interface UserEdge {
  /** 这一条的游标（不透明，原样用作 after） */
  cursor: string;
  /** 这一条 */
  node: User;
}

/** 导入的一个账号（表格中的一行）；密码由系统生成，首次登录须修改 */
export interface UserImportRow {
  /** 姓名 */
  displayName: string;
  /** 角色（ADMIN、STAFF、REVIEWER、EXPERT） */
  role: Role;
  /** 所属单位的代码 */
  unitCode?: string | null;
  /** 用户名 */
  username: string;
}

/** 某个填报值或计算值在已评定单位间的分布（均值、标准差、差异系数） */
export interface ValueSpread {
  /** 差异系数 = 标准差 / 均值 */
  cv: number | null;
  /** 最大值 */
  max: number | null;
  /** 平均值（按权重时为加权平均） */
  mean: number | null;
  /** 最小值 */
  min: number | null;
  /** 没有该数值（或权重）的单位数，不计入统计 */
  missing: number;
  /** 值的路径 */
  path: string;
  /** 标准差（总体口径；有权重时为加权） */
  stddev: number | null;
  /** 有数值的单位数 */
  units: number;
}

/** DRAFT 草稿 · PUBLISHED 已发布 · RETIRED 已停用 */
export type VersionStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

/** 一个一票否决项的结果 */
export interface VetoResult {
  /** 否决项所在指标的代码 */
  code: string;
  /** 否决时的说明 */
  message: string;
  /** 为真表示通过，为假表示触发否决；数据不足无法判断时为空 */
  passed: boolean | null;
}

/** 当前用户能进入管理后台的哪些部分 */
export interface ViewerCapabilities {
  /** 督导评估：新建、开始填报、截止、公布 */
  manageCampaigns: boolean;
  /** 接口与推送：API 令牌、Webhook */
  manageIntegrations: boolean;
  /** 指标体系：新建、编辑、发布 */
  manageSystems: boolean;
  /** 组织单位：新建、修改 */
  manageUnits: boolean;
  /** 账号：新建、停用、重置密码 */
  manageUsers: boolean;
}

/** 推送地址：本单位及下级单位的评估、督导评估状态变化时，向此网址推送签名的 JSON */
export interface Webhook {
  /** 创建时间 */
  createdAt: string;
  /** 最近的推送，新的在前 */
  deliveries: WebhookDelivery[];
  /** 说明 */
  description: string;
  /** 是否启用；停用后不再产生新的推送 */
  enabled: boolean;
  /** 订阅的事件 */
  events: WebhookEvent[];
  /** 编号 */
  id: string;
  /** 接收推送的网址（http 或 https） */
  url: string;
}

/** 一次推送：推送内容、尝试次数和结果 */
export interface WebhookDelivery {
  /** 已尝试的次数 */
  attempts: number;
  /** 事件发生的时间 */
  createdAt: string;
  /** 送达的时间 */
  deliveredAt: string | null;
  /** 事件，如 assessment.submitted；测试推送为 ping */
  event: string;
  /** 推送编号，也在推送内容的 id 字段和 X-Zhibiao-Delivery 头中 */
  id: string;
  /** 最近一次尝试的时间 */
  lastAttemptAt: string | null;
  /** 最近一次失败的原因 */
  lastError: string | null;
  /** 接收方最近一次回答的 HTTP 状态码 */
  lastStatusCode: number | null;
  /** 等待中时，下一次尝试的时间 */
  nextAttemptAt: string;
  /** 推送的 JSON 内容（请求体） */
  payload: any;
  /** 状态 */
  status: WebhookDeliveryStatus;
}

/** 一次推送的状态 */
export type WebhookDeliveryStatus = 'FAILED' | 'PENDING' | 'SUCCEEDED';

/** 可推送的事件；推送内容的 event 字段为其小写形式，如 assessment.submitted */
export type WebhookEvent = 'ASSESSMENT_FINALIZED' | 'ASSESSMENT_RECOMMENDED' | 'ASSESSMENT_RETURNED' | 'ASSESSMENT_SUBMITTED' | 'CAMPAIGN_CLOSED' | 'CAMPAIGN_OPENED' | 'CAMPAIGN_PUBLISHED';
