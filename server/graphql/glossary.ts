// The contract's words, written once: a field or argument name that means the same thing
// wherever it appears is described here, and the few that need their own sentence by
// "Type.field", "Type.field(arg)", "Type" or "Enum.VALUE". A description given in a resolver
// or type decorator always wins; these fill only what is left (test/unit/schema-descriptions
// keeps the whole at ≥ 90 %).
import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

const FIELDS: Record<string, string> = {
  id: '编号（不透明的字符串，请原样使用）',
  createdAt: '创建时间', updatedAt: '最后更新时间', publishedAt: '发布时间', openedAt: '开始填报的时间', closedAt: '截止填报的时间',
  submittedAt: '最近一次提交的时间', finalizedAt: '评定（专家定稿）的时间', lastUsedAt: '最近一次使用的时间', expiresAt: '到期时间', revokedAt: '吊销时间；未吊销为空',
  name: '名称', title: '名称', username: '用户名', displayName: '姓名或显示名称', password: '密码', role: '角色',
  maxScore: '满分（分值）', selfScore: '自评得分', streetScore: '街道评分', expertScore: '专家评分', finalScore: '最终得分（专家评定）',
  averageScore: '平均得分；没有已评定的单位时为空', passed: '是否合格（达标）；尚未评定时为空', grade: '等级（如 优秀、良好）；尚未评定时为空',
  total: '受评单位数', submitted: '已提交（含之后各环节）的单位数', finalized: '已评定的单位数', coverage: '达标覆盖率：合格（达标）的单位占全部受评单位的比例（0–1）',
  units: '已评定并参与统计的单位数', user: '用户', message: '说明', faults: '每处问题及其位置',
};

const ARGS: Record<string, string> = {
  id: '编号', input: '输入', expectedRevision: '您读取时的修订号：与当前不符时回答 CONFLICT，不会覆盖他人的修改',
  first: '每页条数，1–100，默认 20', after: '从上一页 pageInfo.endCursor 之后开始', dryRun: '为真时只检查、不写入，回答每行的问题',
  rows: '要导入的行：全部无误才写入，否则一行也不写', code: '指标体系编码（如 sz-learning-community）',
  schema: '指标体系的 JSON Schema（含 x- 关键字，见 DESIGN.md 的词汇表）', uiSchema: '表单布局（react-jsonschema-form 的 uiSchema），可不填',
  data: '填报的答案（JSON，结构与指标体系的 schema 对应）', selfScores: '人工评分项的自评分：{ "指标代码": 分数 }',
  username: '用户名', password: '密码', name: '名称',
};

const SPECIFIC: Record<string, string> = {
  Query: '读取：除 login 与 me 外都需要会话或 API 令牌，只返回您所在单位及下级范围内的数据',
  Mutation: '修改：每项都在一个事务中完成并记入审计日志；出错时什么也不改变，错误带 code 与每处问题的 path',
  Session: '登录的结果：会话令牌（也写入 Cookie）与用户', 'Session.user': '登录的用户',
  User: '用户：账号、角色和所属单位', 'Role.ADMIN': '管理员：管理本单位及下级的一切', 'Role.STAFF': '填报人员：填报本单位的评估',
  'Role.REVIEWER': '街道审核人员：推荐或退回下级单位的评估', 'Role.EXPERT': '专家：为本单位及下级的评估评分并评定',
  'AssessmentStatus.DRAFT': '填报中（含被退回修改）', 'AssessmentStatus.SUBMITTED': '已提交，等待街道推荐',
  'AssessmentStatus.RECOMMENDED': '街道已推荐，等待专家评定', 'AssessmentStatus.FINALIZED': '已评定（得分、合格与等级已定）',
  'CampaignStatus.DRAFT': '未开始：可修改受评单位', 'CampaignStatus.OPEN': '填报中', 'CampaignStatus.CLOSED': '已截止：不再接受填报，评审继续',
  'CampaignStatus.PUBLISHED': '已公布结果',
  'VersionStatus.DRAFT': '草稿：可修改，不能用于督导评估', 'VersionStatus.PUBLISHED': '已发布：不可再改，可用于督导评估',
  'VersionStatus.RETIRED': '已停用：已有评估照旧，不能再开新的督导评估',
  'ReviewDecision.RECOMMEND': '推荐（街道）', 'ReviewDecision.RETURN': '退回修改', 'ReviewDecision.FINALIZE': '评定（专家）',
  'ReviewStage.STREET': '街道推荐', 'ReviewStage.EXPERT': '专家评分',
  'StandardResult.MET': '达标', 'StandardResult.BASIC': '基本达标', 'StandardResult.UNMET': '未达标',
  'ApiToken.name': '名称（使用它的工具）', 'ApiToken.username': '令牌所属用户的用户名', CreatedApiToken: '新建的 API 令牌', 'CreatedApiToken.apiToken': '令牌的记录（不含令牌本身）',
  'Assessment.campaign': '所属督导评估', 'Assessment.status': '所处环节', 'Assessment.updatedAt': '最后更新时间（任何保存、提交、评审都会更新）',
  AssessmentPreview: '试算结果：用给定的答案计算，不保存', 'AssessmentPreview.computed': '计算出的值（公式字段）', 'AssessmentPreview.total': '自评总分',
  'AssessmentPreview.valid': '答案是否通过校验且没有无法计算的项', 'AssessmentPreview.vetoed': '是否触发一票否决', 'AssessmentPreview.grade': '按总分得到的等级',
  AssessmentRevision: '评估的一次修订：保存、提交或评审', 'AssessmentRevision.at': '时间', 'AssessmentRevision.revision': '修订号',
  'AssessmentRevision.status': '修订后的状态', 'AssessmentRevision.userId': '操作人的用户编号',
  'Attachment.filename': '上传时的文件名', 'Attachment.indicatorCode': '佐证的指标代码', 'Attachment.mimeType': '文件类型（按内容识别）',
  'Attachment.sha256': '文件内容的 SHA-256', 'Attachment.size': '文件大小（字节）', 'Attachment.createdAt': '上传时间',
  'Campaign.name': '名称，如“2024年龙岗区学习型社区督导评估”', 'Campaign.status': '所处阶段', 'Campaign.systemVersion': '使用的指标体系版本（固定，不随新版本变化）',
  'Campaign.targetOrgUnitIds': '受评单位的编号', 'Campaign.year': '年度',
  CampaignStats: '督导评估的统计（限于您可见的范围）', 'CampaignStats.byOrgUnit(level)': '按哪一层级汇总，如 street、town',
  'CampaignStats.maxScore': '已评定单位中的最高分', 'CampaignStats.minScore': '已评定单位中的最低分', 'CampaignStats.passed': '已评定且合格的单位数',
  'CampaignStats.weakestIndicators(limit)': '列出几项，默认 5', CreateCampaignInput: '新建督导评估', 'CreateCampaignInput.name': '名称',
  CreateOrgUnitInput: '新建单位', 'CreateOrgUnitInput.attributes': '单位属性（如 population 常住人口），公式通过 $unit 读取',
  'CreateOrgUnitInput.code': '行政区划代码（区 6 位、街道 9 位、社区 12 位）或学校代码', 'CreateOrgUnitInput.level': '层级代码，如 street、community',
  'CreateOrgUnitInput.name': '名称', 'CreateOrgUnitInput.parentId': '上级单位编号', 'UpdateOrgUnitInput.name': '新名称；不填则不变',
  CreateUserInput: '新建账号', 'CreateUserInput.displayName': '姓名', 'CreateUserInput.password': '初始密码（至少 10 位，含字母和数字）',
  'CreateUserInput.role': '角色', 'CreateUserInput.username': '用户名（登录用，不可重复）',
  'GeneratedPassword.password': '生成的密码（只显示这一次）', 'GeneratedPassword.username': '用户名',
  ImportResult: '批量导入的结果', 'ImportResult.faults': '各行的问题（行号与列）；有问题时一行也没有写入', 'ImportFault.message': '问题说明',
  'Indicator.code': '指标代码，如 A1', 'Indicator.departments': '负责部门（分工）', 'Indicator.evidenceRequired': '是否必须上传佐证材料',
  'Indicator.formula': '计分公式（JSONata）', 'Indicator.maxScore': '分值', 'Indicator.parentCode': '上级指标代码；一级指标为空', 'Indicator.title': '指标名称',
  'IndicatorScore.code': '指标代码', 'IndicatorScore.level': '指标级别（1 为一级指标）', 'IndicatorScore.title': '指标名称',
  'IndicatorStat.code': '指标代码', 'IndicatorStat.level': '指标级别', 'IndicatorStat.title': '指标名称', 'IndicatorStat.averageScore': '已评定单位的平均得分',
  IndicatorSystem: '指标体系：以 JSON Schema 定义的评价指标及其版本', 'IndicatorSystem.code': '编码（唯一）', 'IndicatorSystem.issuer': '发布机构',
  'IndicatorSystem.targetLevel': '适用的单位层级，如 community', IndicatorSystemVersion: '指标体系的一个版本：发布后不再改变，评估固定在它上面',
  'IndicatorSystemVersion.number': '版本号', 'IndicatorSystemVersion.schema': '指标体系的 JSON Schema', 'IndicatorSystemVersion.status': '版本状态',
  'IndicatorSystemVersion.system': '所属指标体系', 'IndicatorSystemVersion.uiSchema': '表单布局（uiSchema）',
  'OrgUnit.name': '名称', 'OrgUnit.parent': '上级单位；顶层为空', 'OrgUnitImportRow.code': '单位代码', 'OrgUnitImportRow.name': '名称',
  OrgUnitStats: '某一单位（如一个街道）下的汇总', 'OrgUnitStats.orgUnit': '汇总的单位', 'OrgUnitStats.total': '该单位下的受评单位数',
  'OrgUnitStats.submitted': '已提交的', 'OrgUnitStats.finalized': '已评定的', 'OrgUnitStats.passed': '已评定且合格的', 'OrgUnitStats.coverage': '达标覆盖率：合格单位占受评单位的比例（0–1）',
  'PasswordReset.password': '新密码（只显示这一次；下次登录须修改）', 'PasswordReset.user': '账号',
  Review: '一次评审：推荐、退回或评定', 'Review.decision': '决定', 'Review.opinion': '意见', 'Review.scores': '评审给出的分数 { 指标代码: 分数 }', 'Review.stage': '环节',
  'Review.createdAt': '评审时间',
  'SourceUnit.code': '单位代码', 'SourceUnit.level': '单位层级', 'SourceUnit.name': '单位名称', 'SourceUnit.passed': '是否合格（达标）', 'SourceUnit.status': '评估所处环节',
  'SourceUnitPending.code': '单位代码', 'SourceUnitPending.name': '单位名称', 'SourceUnitPending.status': '评估所处环节（尚未达到计入的环节）',
  'StandardStat.code': '指标代码', 'StandardStat.level': '指标级别', 'StandardStat.title': '指标名称',
  'UserImportRow.displayName': '姓名', 'UserImportRow.role': '角色（ADMIN、STAFF、REVIEWER、EXPERT）', 'UserImportRow.username': '用户名',
  'ValueSpread.path': '值的路径', 'ValueSpread.min': '最小值', 'ValueSpread.max': '最大值', 'ValueSpread.mean': '平均值（按权重时为加权平均）',
  'Mutation.login': '登录：回答会话令牌（也写入 HttpOnly Cookie）；连续失败会暂时锁定账号',
  'Mutation.createCampaign': '新建督导评估（未开始）：指标体系版本与受评单位', 'Mutation.createOrgUnit': '新建单位（管理员，在本单位之下）',
  'Mutation.createUser': '新建账号（管理员，在本单位或下级单位）',
  'Mutation.changePassword(currentPassword)': '当前密码', 'Mutation.changePassword(newPassword)': '新密码（至少 10 位，含字母和数字）',
  'Mutation.createApiToken(name)': '名称（使用它的工具）', 'Mutation.createApiToken(scopes)': '权限：read（默认）或再加 write',
  'Mutation.createOrgLevel(code)': '层级代码，如 village', 'Mutation.createOrgLevel(name)': '层级名称，如 村',
  'Mutation.reviewAssessment(decision)': '决定', 'Mutation.reviewAssessment(stage)': '环节', 'Mutation.reviewAssessment(opinion)': '评审意见（退回时必填）',
  'Mutation.reviewAssessment(scores)': '评审的分数 { "指标代码": 分数 }；达标类为 met、basic 或 unmet',
  'Mutation.setUserDisabled(disabled)': '为真停用，为假启用', 'Mutation.updateWebhook(input)': '要修改的项',
  'Query.apiTokens(ofSubtree)': '为真时（管理员）列出本单位及下级全部用户的令牌',
  'Query.assessment': '一份评估（限于您可见的范围）', 'Query.campaign': '一项督导评估（限于您可见的范围）', 'Query.indicatorSystem': '一个指标体系',
  'Query.indicatorSystems': '可用的指标体系：全局的与本单位及上级单位的',
  'Query.orgUnits(level)': '只列此层级的，如 community', 'Query.orgUnits(parentId)': '只列此单位的直接下级', 'Query.orgUnits(search)': '按名称或代码查找',
  'Query.previewAssessment(data)': '试算用的答案', 'Query.previewAssessment(schema)': '要试算的指标体系 JSON Schema（可以是未保存的）',
  'Query.previewAssessment(selfScores)': '人工评分项的自评分', 'Query.previewAssessment(unit)': '模拟的受评单位及其属性（$unit）',
};

const words = (typeName: string, name: string, arg?: string) =>
  SPECIFIC[arg ? `${typeName}.${name}(${arg})` : `${typeName}.${name}`] ?? (arg ? ARGS[arg] : FIELDS[name]);

/** Fills missing descriptions in place from the glossary; answers the same schema. */
export function describeSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    type.description ??= SPECIFIC[type.name];
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        field.description ??= words(type.name, field.name);
        for (const arg of 'args' in field ? field.args : []) arg.description ??= words(type.name, field.name, arg.name);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) value.description ??= SPECIFIC[`${type.name}.${value.name}`];
  }
  return schema;
}
