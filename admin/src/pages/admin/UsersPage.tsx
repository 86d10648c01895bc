// Accounts of the administrator's subtree: search, create (with a generated password to be
// changed at the first login), reset a password (shown once), unlock, disable and enable.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/errors';
import { operationName, refresh, request, useGraphQL } from '../../api/graphql';
import { loadAll } from '../../api/pages';
import { useCurrentUser } from '../../api/session';
import { ActionError, PageError } from '../../components/PageState';
import { graphql } from '../../gql';
import type { Role, UsersListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ImportDialog, type ImportKind } from './ImportDialog';
import { useAction } from '../../components/useAction';
import { w } from '../../i18n/words';
import { validated } from '../../components/validated';

const USERS_LIST = graphql(`
  query UsersList($s: String, $after: String) {
    users(search: $s, first: 100, after: $after) {
      nodes { id username displayName role disabled mustChangePassword lockedUntil orgUnit { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const RESET_PASSWORD = graphql(`mutation UsersResetPassword($id: ID!) { resetUserPassword(id: $id) { password } }`);
const UNLOCK = graphql(`mutation UsersUnlock($id: ID!) { unlockUser(id: $id) { id } }`);
const SET_DISABLED = graphql(`mutation UsersSetDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }`);
const CREATE_USER = graphql(`mutation UsersCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }`);
const UNIT_OPTIONS = graphql(`query UsersUnitOptions($s: String) { orgUnits(search: $s, first: 50) { nodes { id name } } }`);
const IMPORT_USERS = graphql(`
  mutation UsersImport($rows: [UserImportRow!]!, $dry: Boolean!) {
    importUsers(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }
  }
`);

type Account = UsersListQuery['users']['nodes'][number];
const ROLES: Role[] = ['STAFF', 'REVIEWER', 'EXPERT', 'ADMIN'];

interface UserRow { username: string; displayName: string; role: Role; unitCode?: string }

/** The accounts sheet: 用户名, 姓名, 角色 (by its Chinese name or code), 单位代码; passwords are generated. */
function usersImport(t: ReturnType<typeof useI18n>['t']): ImportKind<UserRow> {
  return {
    title: t('importUsers'),
    send: async (rows, dryRun) => (await request(IMPORT_USERS, { rows, dry: dryRun })).importUsers,
    columns: ['用户名', '姓名', '角色', '单位代码'], example: ['zhangsan', '张三', t('role_STAFF'), '440307003001'],
    columnOf: { '/username': '用户名', '/displayName': '姓名', '/role': '角色', '/unitCode': '单位代码', '/orgUnitId': '单位代码' },
    describe: (r) => `${r.username} ${r.displayName}（${t(`role_${r.role}` as never)}）${r.unitCode ? ` @ ${r.unitCode}` : ''}`,
    read: (c) => {
      const role = ROLES.find((r) => r === c['角色'] || t(`role_${r}` as never) === c['角色']);
      if (!role) return { faults: [{ path: '/角色', message: t('importUnknownRole', { value: c['角色'] ?? '' }) }] };
      return { row: { username: c['用户名'] ?? '', displayName: c['姓名'] ?? '', role, unitCode: c['单位代码'] || undefined } };
    },
  };
}

/** A password the rule accepts, made in the browser for the administrator to hand over. */
function generated(): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return `${[...bytes].map((b) => chars[b % chars.length]).join('')}-9a`;
}

export function UsersPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<{ username: string; password: string }>();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const variables = { s: search || null };
  // Every page of them: a district has hundreds of accounts, none may be left out unseen.
  const list = useQuery({
    queryKey: [operationName(USERS_LIST), variables],
    queryFn: () => loadAll(USERS_LIST, variables, (d) => d.users),
    placeholderData: keepPreviousData,
  });
  const reload = () => refresh(USERS_LIST);
  const { act, errorBar } = useAction(reload);
  if (list.error) return <PageError error={list.error} />;
  const rows = list.data;

  const locked = (u: Account) => !!u.lockedUntil && new Date(u.lockedUntil) > new Date();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('users')}</Typography.Title>
        <Space wrap>
          <Input.Search allowClear placeholder={t('searchUsers')} aria-label={t('searchUsers')} onSearch={setSearch} style={{ width: 240 }} data-testid="user-search" />
          <Button onClick={() => setImporting(true)} data-testid="import-users">{t('importFromExcel')}</Button>
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-user">{t('newUser')}</Button>
        </Space>
      </Space>
      {errorBar}
      <Table<Account> rowKey="id" size="small" loading={!rows} dataSource={rows} pagination={{ pageSize: 20, hideOnSinglePage: true }} columns={[
        { title: t('username'), dataIndex: 'username' },
        { title: t('displayName'), dataIndex: 'displayName' },
        { title: t('role'), render: (_, u) => t(`role_${u.role}` as never) },
        { title: w('单位'), render: (_, u) => u.orgUnit?.name ?? '—' },
        {
          title: t('status'), render: (_, u) => (
            <Space wrap size={4}>
              {u.disabled ? <Tag color="error">{t('disabled')}</Tag> : <Tag color="success">{t('active')}</Tag>}
              {locked(u) && <Tag color="warning">{t('locked')}</Tag>}
              {u.mustChangePassword && <Tag>{t('mustChangePassword')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('actions'), render: (_, u) => u.id === me.id ? <Typography.Text type="secondary">{t('yourself')}</Typography.Text> : (
            <Space wrap size={4}>
              <Popconfirm title={t('resetPasswordConfirm', { name: u.displayName })} onConfirm={() => act(RESET_PASSWORD, { id: u.id },
                (d) => setShown({ username: u.username, password: d.resetUserPassword.password }))}>
                <Button size="small" data-testid={`reset-${u.username}`}>{t('resetPassword')}</Button>
              </Popconfirm>
              {locked(u) && <Button size="small" onClick={() => act(UNLOCK, { id: u.id })} data-testid={`unlock-${u.username}`}>{t('unlock')}</Button>}
              <Popconfirm title={u.disabled ? t('enableConfirm', { name: u.displayName }) : t('disableConfirm', { name: u.displayName })}
                onConfirm={() => act(SET_DISABLED, { id: u.id, disabled: !u.disabled })}>
                <Button size="small" danger={!u.disabled} data-testid={`toggle-${u.username}`}>{u.disabled ? t('enable') : t('disable')}</Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]} />
      <Modal open={!!shown} title={t('newPasswordTitle')} onOk={() => setShown(undefined)} onCancel={() => setShown(undefined)} cancelButtonProps={{ style: { display: 'none' } }}>
        <Typography.Paragraph>{t('newPasswordText', { username: shown?.username ?? '' })}</Typography.Paragraph>
        <Typography.Paragraph copyable code data-testid="shown-password">{shown?.password}</Typography.Paragraph>
      </Modal>
      <ImportDialog kind={usersImport(t)} open={importing} onClose={(imported) => { setImporting(false); if (imported) void reload(); }} />
      <NewUser open={creating} onClose={(created) => { setCreating(false); if (created) { setShown(created.password ? created : undefined); void reload(); } }} />
    </Space>
  );
}

function NewUser({ open, onClose }: { open: boolean; onClose: (created?: { username: string; password: string }) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const [unitSearch, setUnitSearch] = useState('');
  const [error, setError] = useState<unknown>();
  useEffect(() => { if (open) setUnitSearch(''); }, [open]);
  const units = useGraphQL(UNIT_OPTIONS, { s: unitSearch || null }, { enabled: open, placeholderData: keepPreviousData });
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setError(undefined);
    try {
      await request(CREATE_USER, {
        i: { username: v.username, displayName: v.displayName, role: v.role, orgUnitId: v.orgUnitId ?? null, password: v.password, mustChangePassword: !!v.mustChangePassword },
      });
      form.resetFields();
      onClose(v.mustChangePassword ? { username: v.username, password: v.password } : { username: v.username, password: '' });
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) form.setFields(err.faults.map((f) => ({ name: f.path.split('/').pop()!, errors: [f.message] })));
    }
  };
  return (
    <Modal open={open} title={t('newUser')} onOk={submit} onCancel={() => onClose()} okText={t('create')} destroyOnHidden>
      <ActionError error={error} onClose={() => setError(undefined)} />
      <ActionError error={units.error} />
      <Form form={form} layout="vertical" initialValues={{ role: 'STAFF', mustChangePassword: true }}>
        <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}><Input data-testid="new-username" /></Form.Item>
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true, message: t('required') }]}><Input data-testid="new-displayName" /></Form.Item>
        <Form.Item name="role" label={t('role')}><Select options={ROLES.map((r) => ({ value: r, label: t(`role_${r}` as never) }))} /></Form.Item>
        <Form.Item name="orgUnitId" label={w('单位')}>
          <Select showSearch allowClear filterOption={false} onSearch={setUnitSearch} options={(units.data?.orgUnits.nodes ?? []).map((u) => ({ value: u.id, label: u.name }))} data-testid="new-unit" />
        </Form.Item>
        <Form.Item label={t('password')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="password" noStyle rules={[{ required: true, message: t('required') }]}><Input data-testid="new-password" aria-label={t('password')} /></Form.Item>
            <Button onClick={() => form.setFieldsValue({ password: generated(), mustChangePassword: true })} data-testid="generate-password">{t('generate')}</Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="mustChangePassword" valuePropName="checked"><Checkbox>{t('mustChangeAtFirstLogin')}</Checkbox></Form.Item>
      </Form>
    </Modal>
  );
}
