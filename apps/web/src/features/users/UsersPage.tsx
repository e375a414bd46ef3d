// /users — the system administrator's accounts: filters in the URL, a paged table, create and disable.
import { PlusOutlined } from '@ant-design/icons';
import { roles, userStatuses, type User } from '@linli/shared';
import { Button, Card, Empty, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../app/auth.js';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { CreateUserDrawer } from './CreateUserDrawer.js';
import { useUserList, type UserFilter } from './queries.js';
import { UserStatusButton } from './UserStatusButton.js';

const isLocked = (user: User) => Boolean(user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now());

export function UsersPage() {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation('common');
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [params, setParams] = useSearchParams();
  const filter: UserFilter = {
    q: params.get('q') ?? undefined,
    role: params.get('role') ?? undefined,
    status: params.get('status') ?? undefined,
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: Number(params.get('pageSize') ?? '20') || 20,
  };
  const list = useUserList(filter);
  const filtered = Boolean(filter.q || filter.role || filter.status);

  const update = (changes: Partial<UserFilter>) => {
    const next = { ...filter, page: 1, ...changes };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next))
      if (value !== undefined && value !== '' && !(key === 'page' && value === 1) && !(key === 'pageSize' && value === 20))
        search.set(key, String(value));
    setParams(search);
  };

  const columns: TableColumnsType<User> = [
    {
      title: t('column.username'),
      dataIndex: 'username',
      render: (username: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {username}
        </Typography.Text>
      ),
    },
    {
      title: t('column.displayName'),
      dataIndex: 'displayName',
      render: (name: string, user) => (
        <>
          {name}
          {user.id === me.id && <Typography.Text type="secondary">{t('you')}</Typography.Text>}
        </>
      ),
    },
    { title: t('column.role'), dataIndex: 'role', render: (role: string) => common(`role.${role}`) },
    {
      title: t('column.region'),
      dataIndex: 'regionName',
      render: (name: string | null, user) =>
        user.regionCode ? (
          <Tooltip title={user.regionCode}>
            <span>{name ?? user.regionCode}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{common('header.allRegions')}</Typography.Text>
        ),
    },
    {
      title: t('column.status'),
      dataIndex: 'status',
      render: (status: User['status'], user) => (
        <Space size={4} wrap>
          <Tag color={status === 'active' ? 'green' : 'default'}>{common(`userStatus.${status}`)}</Tag>
          {isLocked(user) && <Tag color="orange">{t('lockedUntil', { time: formatDateTime(user.lockedUntil) })}</Tag>}
        </Space>
      ),
    },
    { title: t('column.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('column.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, user) => (user.id === me.id ? null : <UserStatusButton user={user} />),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subTitle')}
        breadcrumbs={[{ title: t('title') }]}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('new')}
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={filter.q ?? ''}
            defaultValue={filter.q}
            placeholder={t('filter.q')}
            allowClear
            maxLength={50}
            style={{ width: 240 }}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
          <Select
            allowClear
            placeholder={t('filter.role')}
            style={{ width: 220 }}
            value={filter.role}
            onChange={(role?: string) => update({ role })}
            options={roles.map((value) => ({ value, label: common(`role.${value}`) }))}
          />
          <Select
            allowClear
            placeholder={t('filter.status')}
            style={{ width: 140 }}
            value={filter.status}
            onChange={(status?: string) => update({ status })}
            options={userStatuses.map((value) => ({ value, label: common(`userStatus.${value}`) }))}
          />
          {filtered && <Button onClick={() => setParams(new URLSearchParams())}>{common('action.reset')}</Button>}
        </Space>
        <ErrorAlert error={list.error} />
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 960 }}
          locale={{
            emptyText: list.isLoading ? (
              ' '
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('empty') : t('emptyAll')} />
            ),
          }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => common('pagination.total', { total }),
            onChange: (page, pageSize) => update({ page, pageSize }),
          }}
        />
      </Card>
      <CreateUserDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
