// The builder's and dialogs' words: the Chinese text is the key, as people read it in the
// code; the English is looked up when the English switch is on (see i18n.tsx).
const EN: Record<string, string> = {
  '-分工表': '-division-of-labour', '一票否决': 'Veto item', '一级指标': 'Level-1 indicator', '上移 (Alt+↑)': 'Move up (Alt+↑)', '下移 (Alt+↓)': 'Move down (Alt+↓)',
  '下级指标': 'Child indicator', '与': 'and', '专家评定': 'Expert scoring', '两个版本的指标相同': 'Both versions have the same indicators', '个，类型': 'file(s), types',
  '人工评分': 'Manual', '仍保存为草稿': 'Save as draft anyway', '从 Excel 导入': 'Import from Excel', '从 Excel 读到的指标': 'Indicators read from Excel',
  '佐证材料必传': 'Evidence required', '体系编码': 'System code', '体系设置（编码、名称、适用层级、总分、合格分、等级）': 'System settings (code, name, level, total, pass score, grades)',
  '体系还有问题，改正后才能预览': 'The system still has problems; fix them to preview', '例如 funding / $unit.population': 'e.g. funding / $unit.population',
  '例如 区财政局': 'e.g. 区财政局 (district finance bureau)', '保存草稿': 'Save draft', '修改': 'Changed', '公式计分': 'Formula', '其他（JSON）': 'Other (JSON)',
  '分值': 'Max score', '创建': 'Create', '删除': 'Delete', '删除 (Delete)': 'Delete (Delete)', '区（县）': 'District (county)', '升级 (Shift+Tab)': 'Outdent (Shift+Tab)',
  '单位': 'Unit', '单选': 'Single choice', '发布': 'Publish', '发布机构': 'Issuer', '取消': 'Cancel', '受评单位': 'Assessed units', '合格分': 'Pass score', '名称': 'Name',
  '否': 'No', '否决时的说明，例如：未制定社区教育规划': 'Message when vetoed, e.g. no community-education plan', '在左侧添加或选择一个指标': 'Add or select an indicator on the left',
  '填写说明': 'Help text', '填报字段': 'Answer fields', '复制': 'Duplicate', '多选': 'Multiple choice', '始终显示': 'Always shown', '字段名': 'Field name',
  '导出 Excel': 'Export Excel', '导出 JSON': 'Export JSON', '导出分工表': 'Export division of labour', '尚未保存过': 'Not saved yet', '已停用': 'Retired',
  '已创建，确认受评单位后点“开始填报”': 'Created. Check the units, then click “Open for filling”', '已发布': 'Published', '市': 'City', '年度': 'Year',
  '应用 JSON 到可视化编辑器': 'Apply the JSON to the visual editor', '必填': 'Required', '总分': 'Total', '截止日期': 'Deadlines', '指标体系（已发布版本）': 'Indicator system (published version)',
  '指标树': 'Indicator tree', '数字': 'Number', '整数': 'Integer', '新增': 'Added', '新建督导评估': 'New campaign', '新指标体系': 'New indicator system', '无问题': 'No problems',
  '日期': 'Date', '是': 'Yes', '是/否': 'Yes/no', '最大': 'Max', '最小': 'Min', '有下级指标：得分为下级指标得分之和（不超过本指标分值）。': 'Has children: its score is the sum of theirs (at most its max score).',
  '服务器核对': 'Check on the server', '样例单位常住人口': 'Sample unit population', '样例单位': 'Sample unit:', '另有 {n} 个单位尚未计入：{list}。派生指标只依据上表中的单位；它们评定后，再次保存即更新。': '{n} more unit(s) not counted yet: {list}. The derived indicators rest only on the units in the table; once those are finalised, saving again updates them.', '按{level}': 'By {level}', '分组统计未能读取：{message}，请刷新页面重试': 'The grouped statistics could not be read: {message}. Reload the page to try again.', '样例结论': 'Sample outcome', '样例结果': 'Sample result', '服务器认定达标': 'The server finds it met', '服务器认定未达标': 'The server finds it not met',
  '服务器尚无法认定': 'The server cannot decide yet', '读取 {n} 个单位': 'reads {n} units',
  '还没有使用该体系的督导评估：派生指标在预览中显示为无法计算': 'No campaign uses that system yet: derived indicators show as not computable in the preview', '样例得分': 'Sample score', '样例总分': 'Sample total', '样例答案完整有效': 'the sample answers are complete and valid',
  '检查项计分': 'Checklist', '检查项（勾选“是”即得分）': 'Checklist items (points for each “yes”)', '此字段在 JSON 视图中编辑。': 'Edit this field in the JSON view.',
  '比较': 'Compare', '添加列': 'Add column', '添加字段：': 'Add a field:', '版本': 'Versions', '用它创建草稿': 'Create a draft from it', '百分比': 'Percentage', '省': 'Province',
  '短文本': 'Short text', '社区（村）': 'Community (village)', '等级': 'Grades', '编码': 'Code', '编码重复，请修改': 'Duplicate code, change it', '自评提交': 'Self-assessment',
  '至少': 'At least', '草稿': 'Draft', '草稿已保存': 'Draft saved', '街道推荐': 'Street review', '街道（镇）': 'Street (town)', '表格的列：': 'Table columns:',
  '表格（多行）': 'Table (rows)', '触发一票否决': 'Veto triggered', '计分公式（结果自动限制在 0 到分值之间）': 'Score formula (clamped to 0..max score)', '计分方式': 'Scoring',
  '计算字段': 'Computed field', '计算字段：': 'Computed fields:', '评分标准': 'Scoring standard', '评分标准（文字）': 'Scoring standard (words)',
  '请先在下方添加“是/否”字段': 'Add yes/no fields below first', '请填写公式': 'Enter a formula', '请填写名称': 'Enter a name', '请填写编码': 'Enter a code',
  '请至少选择一个受评单位': 'Choose at least one unit', '请选择指标体系': 'Choose an indicator system', '责任单位（分工表）': 'Responsible departments (division of labour)',
  '责任部门': 'Departments', '达标时为真，例如 hasPlan = true': 'True when the unit passes, e.g. hasPlan = true', '还有问题：可以先“仍保存为草稿”，改正后再发布': 'Problems remain: “Save as draft anyway”, fix them, then publish',
  '选项': 'Options', '选项一': 'Option 1', '选项二': 'Option 2', '长文本': 'Long text', '降级 (Tab)': 'Indent (Tab)', '预览与试算': 'Preview and test',
  '预览中不上传文件：保存并开始督导评估后，填报人员在此上传': 'No uploads in the preview: staff upload here once a campaign is open', '（缺少数据）': '(missing data)',
  '，与本页一致': ', the same as this page', '，与本页不一致': ', NOT the same as this page', '已发布的版本': 'published version',
  '当“{title}”为…时显示': 'Show when “{title}” is…', '字段“{names}”在本指标中不存在（其他指标请用 $root，单位属性用 $unit）': 'Field “{names}” is not in this indicator (use $root for other indicators, $unit for the unit)',
  '样例结果：{result}': 'Sample result: {result}', '不是有效的 JSON：{message}': 'Not valid JSON: {message}', '指标体系有 {n} 处问题': 'The system has {n} problem(s)',
  '{n}分': '{n} pts', '（下级合计 {sum}）': '(children: {sum})', '一级指标合计 {total} 分': 'Level-1 indicators total {total}', '服务器计算总分 {total}': 'The server computes a total of {total}',
  '；': '; ', '样例答案还有 {n} 处未完成': 'the sample answers have {n} gap(s)', '{n} 处问题': '{n} problem(s)', '最新 v{n} {status}': 'latest v{n} {status}',
  '例如 perCapita >= 1.5 ? 5 : perCapita >= 1 ? 3 : 0': 'e.g. perCapita >= 1.5 ? 5 : perCapita >= 1 ? 3 : 0', '适用：{level}': 'For: {level}',
  '类型': 'Kind', '计分': 'Points', '达标': 'Standard (met / not met)', '认定方式': 'Judged by', '人工认定': 'A person', '公式认定': 'A formula',
  '汇总规则': 'Combined by', '下级得分之和': 'Sum of the children', '扣分制：分值减去下级扣分': 'Deductions: max score less the children’s deductions',
  '下级为扣分项，各自的分值是最多扣的分；本指标得分不低于 0。': 'The children are deductions, each up to its own max score; this indicator never goes below 0.', '下级全部达标': 'All children met', '至少几项达标': 'At least this many met',
  '认定公式（得出 true/false，或 met/basic/unmet）': 'Result formula (true/false, or met/basic/unmet)', '例如 area / students >= 4.5': 'e.g. area / students >= 4.5',
  '数据来源“{name}”：读取哪次督导评估（{system}）': 'Source “{name}”: the campaign it reads ({system})', '请选择提供数据的督导评估': 'Choose the campaign that provides the data',
  '数据来源': 'Sources', '是否合格': 'Passed', '派生指标依据的单位': 'Units behind the derived indicators', '状态': 'Status', '得分': 'Score',
  '新建指标体系': 'New indicator system', '在构建器中编辑': 'Edit in the builder', '开始填报': 'Open for filling', '截止填报': 'Close filling', '公布结果': 'Publish results', '已保存草稿：{code}': 'Draft saved: {code}',
  '这是全局或其他单位的指标体系：可以预览、试算和导出，不能保存或发布。如需调整，请导出 JSON，改用本单位的新编码导入。':
    'This system belongs to the global administrator or another unit: you can preview, test and export it, not save or publish it. To adapt it, export the JSON and import it under a new code of your unit.',
};

/** The text in the person's language: Chinese as written, or its English when switched. */
export function w(zh: string, vars: Record<string, string | number> = {}): string {
  let text = typeof document !== 'undefined' && document.documentElement.lang === 'en' ? (EN[zh] ?? zh) : zh;
  for (const [k, v] of Object.entries(vars)) text = text.replace(`{${k}}`, String(v));
  return text;
}
