// The explorer's first tabs: what an integrator does first, runnable as they are. The same
// texts are executed against a running server by test/integration/api-guide.test.ts.
export const EXAMPLES: { title: string; query: string; variables?: string }[] = [
  {
    title: '我是谁',
    query: `# 在浏览器中已登录时，请求带着会话；工具请在下方 Headers 中写
# { "Authorization": "Bearer <API 令牌>" }
query Me {
  me { username displayName role orgUnit { code name } }
}`,
  },
  {
    title: '督导评估（分页）',
    query: `query Campaigns($after: String) {
  campaignConnection(first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name year status systemVersion { number system { code name } } }
  }
}`,
  },
  {
    title: '统计与短板',
    query: `query Stats($id: ID!) {
  campaign(id: $id) {
    name
    stats { total submitted finalized passed averageScore coverage
      weakestIndicators(limit: 5) { code title share } }
  }
}`,
    variables: '{ "id": "1" }',
  },
  {
    title: '增量同步',
    query: `# 只取某时间之后有变化的评估，按更新时间翻页；记下最后一条的 updatedAt，下次从它开始
query Changed($id: ID!, $since: DateTimeISO, $after: String) {
  campaign(id: $id) {
    assessments(first: 100, after: $after, updatedSince: $since, orderBy: { field: UPDATED_AT }) {
      pageInfo { hasNextPage endCursor }
      nodes { id status updatedAt selfScore finalScore passed grade orgUnit { code name } }
    }
  }
}`,
    variables: '{ "id": "1", "since": "2024-01-01T00:00:00Z" }',
  },
];
