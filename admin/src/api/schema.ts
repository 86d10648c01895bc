// Generated from schema.graphql by `npm run schema:print`; do not edit.
/* eslint-disable */

/** 第三方工具使用的 API 令牌（默认只读） */
export interface ApiToken {
  createdAt: string;
  expiresAt: string | null;
  id: string;
  lastUsedAt: string | null;
  name: string;
  revokedAt: string | null;
  /** read 读取；write 另可修改 */
  scopes: string[];
  username: string;
}

/** 一个受评单位在一次督导评估中的自评与评分 */
export interface Assessment {
  /** 佐证材料 */
  attachments: Attachment[];
  campaign: Campaign;
  /** 计算字段的值 */
  computed: any;
  /** 填报的答案 */
  data: any;
  /** 无法计算的内容（缺少数据、除以零、否决项无法判断…），每项注明位置和指标；草稿可以有，提交时必须为空。该指标不计分（不是 0 分） */
  faults: AssessmentFault[];
  /** 最终得分（专家评定） */
  finalScore: number | null;
  finalizedAt: string | null;
  grade: string | null;
  id: string;
  /** 各指标各阶段得分（按文档顺序） */
  indicatorScores: IndicatorScore[];
  /** 合理缺项：{ 指标编码: 不适用的理由 }；这些指标不计分、不计入总分（按比例折算或按满分计） */
  notApplicable: any;
  /** 受评单位 */
  orgUnit: OrgUnit;
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
  status: AssessmentStatus;
  /** 街道推荐时的总分 */
  streetScore: number | null;
  submittedAt: string | null;
  /** 填报所依据的指标体系版本（固定） */
  systemVersion: IndicatorSystemVersion;
  /** 开始填报时受评单位属性的快照（公式中的 $unit 读取它；之后修改单位不影响本次评估） */
  unitAttributes: any | null;
  updatedAt: string;
  /** 是否触发一票否决 */
  vetoed: boolean;
}

export interface AssessmentConnection {
  edges: AssessmentEdge[];
  nodes: Assessment[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface AssessmentEdge {
  cursor: string;
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
  computed: any;
  /** [{ path, message }] */
  errors: any;
  grade: string | null;
  /** 各指标得分（自评口径） */
  indicatorScores: any;
  /** 样例答案是否合格（按体系的合格规则）；无法判定时为空 */
  passed: boolean | null;
  /** 预览所用的 $sources 数据 { 来源名称: [...] }（未链接来源时为空对象） */
  sourceValues: any;
  total: number;
  valid: boolean;
  vetoed: boolean;
  /** 一票否决项的结果 */
  vetoes: any;
}

export interface AssessmentRevision {
  /** save | submit | recommend | return | finalize */
  action: string;
  at: string;
  revision: number;
  status: AssessmentStatus;
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
  createdAt: string;
  filename: string;
  id: string;
  indicatorCode: string;
  mimeType: string;
  sha256: string;
  size: number;
}

/** 督导评估 */
export interface Campaign {
  /** 受评单位的评估（限于您可见的范围），分页 */
  assessments: AssessmentConnection;
  closedAt: string | null;
  createdAt: string;
  /** 各阶段截止日期：{ submit, review, expert } */
  deadlines: any;
  id: string;
  name: string;
  openedAt: string | null;
  /** 组织单位 */
  orgUnit: OrgUnit | null;
  /** 合格分 */
  passScore: number;
  /** 统计（限于您可见的范围） */
  stats: CampaignStats;
  status: CampaignStatus;
  systemVersion: IndicatorSystemVersion;
  targetOrgUnitIds: string[];
  year: number;
}

export interface CampaignConnection {
  edges: CampaignEdge[];
  nodes: Campaign[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface CampaignEdge {
  cursor: string;
  node: Campaign;
}

/** 数据来源：由哪次督导评估提供（如学校评估为县域评估提供校际差异系数） */
export interface CampaignSourceInput {
  /** 提供数据的督导评估 */
  campaignId: string;
  /** x-system.sources 中的名称 */
  name: string;
}

export interface CampaignStats {
  /** 已评定单位的平均分 */
  averageScore: number | null;
  /** 按某一层级（如 street）汇总 */
  byOrgUnit: OrgUnitStats[];
  /** 覆盖率 = 通过数 / 受评单位数 */
  coverage: number;
  /** 专家已评定 */
  finalized: number;
  maxScore: number | null;
  minScore: number | null;
  passed: number;
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

export interface CreateCampaignInput {
  /** { submit, review, expert }，ISO 日期 */
  deadlines?: any | null;
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

export interface CreatedApiToken {
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

export interface CreateOrgUnitInput {
  attributes?: any | null;
  code: string;
  level: string;
  name: string;
  parentId?: string | null;
}

export interface CreateUserInput {
  displayName: string;
  /** 首次登录须修改密码（由管理员生成密码时应为 true） */
  mustChangePassword?: boolean | null;
  /** 所属单位；不填则为全局管理员（仅全局管理员可创建） */
  orgUnitId?: string | null;
  password: string;
  role: Role;
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
  password: string;
  username: string;
}

/** 一行的一个问题 */
export interface ImportFault {
  message: string;
  /** 出问题的列，如 /code、/parentCode */
  path: string;
  /** 数据行号（从 1 起，不含表头） */
  row: number;
}

export interface ImportResult {
  /** 已写入的行数（预览或有问题时为 0：要么全部写入，要么都不写入） */
  created: number;
  faults: ImportFault[];
  /** 没有任何问题；预览时表示可以导入 */
  ok: boolean;
  /** 导入账号的初始密码（仅在实际写入时） */
  passwords: GeneratedPassword[];
}

/** 指标树中的一个指标（按文档顺序展开） */
export interface Indicator {
  code: string;
  /** 评分标准 */
  criteria: string | null;
  departments: string[];
  evidenceRequired: boolean;
  formula: string | null;
  /** score 计分类 | standard 达标类（不计分，认定达标/基本达标/未达标） */
  kind: string;
  /** 1 为一级指标 */
  level: number;
  maxScore: number;
  /** sum | manual | formula | checklist */
  method: string;
  parentCode: string | null;
  title: string;
  /** 一票否决项的说明 */
  vetoMessage: string | null;
}

/** 一个指标各阶段的得分（计分类）或结果（达标类）；未知或无法计算时为空 */
export interface IndicatorScore {
  code: string;
  /** 专家认定的结果（达标类） */
  expertResult: StandardResult | null;
  expertScore: number | null;
  /** 最终结果（达标类） */
  finalResult: StandardResult | null;
  finalScore: number | null;
  /** score 计分类 | standard 达标类 */
  kind: string;
  level: number;
  maxScore: number;
  /** 自评结果（达标类） */
  selfResult: StandardResult | null;
  selfScore: number | null;
  /** 街道推荐时的结果（达标类） */
  streetResult: StandardResult | null;
  streetScore: number | null;
  title: string;
}

/** 指标在已评定单位中的得分情况 */
export interface IndicatorStat {
  averageScore: number;
  code: string;
  level: number;
  maxScore: number;
  /** 平均得分率（平均分 / 分值） */
  share: number;
  title: string;
  units: number;
}

export interface IndicatorSystem {
  /** 随系统提供的示例体系（据公开文件整理，非官方表格） */
  builtIn: boolean;
  /** 当前用户能否修改、发布此体系（只有所属单位及上级的管理员可以；内置体系属于全局管理员） */
  canRevise: boolean;
  code: string;
  id: string;
  issuer: string | null;
  /** 当前已发布的版本 */
  latestPublished: IndicatorSystemVersion | null;
  name: string;
  /** 每次保存草稿或发布加一；保存草稿时作为 expectedRevision 传回 */
  revision: number;
  targetLevel: string | null;
  /** 全部版本，新版本在前 */
  versions: IndicatorSystemVersion[];
}

export interface IndicatorSystemVersion {
  createdAt: string;
  /** 草稿中尚未改正的问题 [{ path, message }]；已发布版本总是为空 */
  faults: any;
  id: string;
  /** 指标树（按文档顺序）；草稿仍有问题时为空 */
  indicators: Indicator[];
  /** score 计分类 | standard 达标类（不计分）| mixed 两者兼有；尚有问题的草稿为空 */
  kind: string | null;
  number: number;
  publishedAt: string | null;
  schema: any;
  status: VersionStatus;
  system: IndicatorSystem;
  uiSchema: any | null;
}

export interface Mutation {
  /** 修改本人的密码 */
  changePassword: User;
  /** 截止填报：不再接受保存和提交，评审继续 */
  closeCampaign: Campaign;
  /** 为第三方工具创建 API 令牌，以本人身份访问；默认只读 */
  createApiToken: CreatedApiToken;
  createCampaign: Campaign;
  /** 新建指标体系（含草稿版本 1） */
  createIndicatorSystem: IndicatorSystem;
  /** 增加组织层级（仅全局管理员） */
  createOrgLevel: OrgLevel;
  createOrgUnit: OrgUnit;
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
  id: string;
  /** province | city | district | street | community */
  level: string;
  name: string;
  parent: OrgUnit | null;
  /** 祖先路径（内部 id），用于子树查询 */
  path: string;
  /** 修订号：updateOrgUnit 时作为 expectedRevision 传回 */
  revision: number;
}

export interface OrgUnitConnection {
  edges: OrgUnitEdge[];
  nodes: OrgUnit[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface OrgUnitEdge {
  cursor: string;
  node: OrgUnit;
}

/** 导入的一个单位（表格中的一行） */
export interface OrgUnitImportRow {
  /** 单位属性，如 { "population": 12000 } */
  attributes?: any | null;
  code: string;
  /** 层级代码，如 street、community、school */
  level: string;
  name: string;
  /** 上级单位的代码：已有的单位，或本表中排在前面的行 */
  parentCode?: string | null;
}

export interface OrgUnitStats {
  averageScore: number | null;
  coverage: number;
  finalized: number;
  orgUnit: OrgUnit;
  passed: number;
  submitted: number;
  total: number;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
}

/** 重置后的新密码：只在这一次返回，请当面或通过安全渠道交给本人 */
export interface PasswordReset {
  password: string;
  user: User;
}

export interface Query {
  /** 我创建的 API 令牌；ofSubtree 为真时（管理员）为本单位及下级全部用户的令牌 */
  apiTokens: ApiToken[];
  assessment: Assessment | null;
  campaign: Campaign | null;
  /** 可见的督导评估，新建的在前，分页 */
  campaignConnection: CampaignConnection;
  /** 可见的督导评估：本单位组织的，或有受评单位在本单位范围内的（全部，不分页） */
  campaigns: Campaign[];
  indicatorSystem: IndicatorSystem | null;
  indicatorSystems: IndicatorSystem[];
  /** 当前登录用户；未登录时为 null */
  me: User | null;
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

export interface Review {
  createdAt: string;
  decision: ReviewDecision;
  id: string;
  opinion: string | null;
  /** 改动自动计分时的理由 { 指标编码: 理由 } */
  reasons: any | null;
  /** 评审人（显示名，如“南湾街道办事处”） */
  reviewerName: string | null;
  scores: any | null;
  stage: ReviewStage;
}

/** RECOMMEND 推荐（街道） · RETURN 退回修改 · FINALIZE 评定（专家） */
export type ReviewDecision = 'FINALIZE' | 'RECOMMEND' | 'RETURN';

/** STREET 街道推荐 · EXPERT 专家评分 */
export type ReviewStage = 'EXPERT' | 'STREET';

/** ADMIN 管理员 · STAFF 填报人员 · REVIEWER 街道审核（推荐） · EXPERT 评估专家 */
export type Role = 'ADMIN' | 'EXPERT' | 'REVIEWER' | 'STAFF';

export interface Session {
  /** 最迟失效时间（另有空闲超时） */
  expiresAt: string;
  /** 会话令牌：请求时放在 Authorization: Bearer 头中 */
  token: string;
  user: User;
}

/** 来源督导评估中的一个单位及其数据 */
export interface SourceUnit {
  /** 单位属性（如学段），取自来源评估开始时的快照 */
  attributes: any;
  code: string;
  level: string;
  name: string;
  passed: boolean | null;
  status: AssessmentStatus;
  /** 最终得分（未评定时为自评分） */
  total: number | null;
  /** 填报的数据与计算值（公式中 $sources.<名称>.values） */
  values: any;
}

/** 来源督导评估中尚未计入派生指标的单位 */
export interface SourceUnitPending {
  code: string;
  name: string;
  status: AssessmentStatus;
}

/** 达标类指标的结果：MET 达标 · BASIC 基本达标 · UNMET 未达标（在分数 JSON 中写作 met / basic / unmet） */
export type StandardResult = 'BASIC' | 'MET' | 'UNMET';

/** 达标类指标在已评定单位中的结果分布 */
export interface StandardStat {
  /** 基本达标的单位数 */
  basic: number;
  code: string;
  level: number;
  /** 达标的单位数 */
  met: number;
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

export interface User {
  /** 已停用：不能登录，会话和 API 令牌失效 */
  disabled: boolean;
  displayName: string;
  id: string;
  /** 登录失败过多被锁定至此时间；管理员可解锁 */
  lockedUntil: string | null;
  /** 下次登录须修改密码（管理员重置或生成的密码） */
  mustChangePassword: boolean;
  /** 所属单位；全局管理员为 null */
  orgUnit: OrgUnit | null;
  role: Role;
  username: string;
}

export interface UserConnection {
  edges: UserEdge[];
  nodes: User[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface UserEdge {
  cursor: string;
  node: User;
}

/** 导入的一个账号（表格中的一行）；密码由系统生成，首次登录须修改 */
export interface UserImportRow {
  displayName: string;
  role: Role;
  /** 所属单位的代码 */
  unitCode?: string | null;
  username: string;
}

/** 某个填报值或计算值在已评定单位间的分布（均值、标准差、差异系数） */
export interface ValueSpread {
  /** 差异系数 = 标准差 / 均值 */
  cv: number | null;
  max: number | null;
  mean: number | null;
  min: number | null;
  /** 没有该数值（或权重）的单位数，不计入统计 */
  missing: number;
  path: string;
  /** 标准差（总体口径；有权重时为加权） */
  stddev: number | null;
  /** 有数值的单位数 */
  units: number;
}

/** DRAFT 草稿 · PUBLISHED 已发布 · RETIRED 已停用 */
export type VersionStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

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
