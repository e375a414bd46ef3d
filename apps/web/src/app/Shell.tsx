// The authenticated layout: sider menu (only what the role allows), header with the product, the user,
// the language switch and the account menu, and the page in the middle.
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Layout, Menu, Space, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useMe } from './auth.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { allows, navigation, navKeyOf } from './navigation.js';

const { Header, Sider, Content } = Layout;

export function Shell() {
  const { t } = useTranslation('common');
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const items = navigation
    .filter((entry) => allows(entry, me.permissions))
    .map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.labelKey) }));

  const accountMenu = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('nav.password') },
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
    ],
    onClick: async ({ key }: { key: string }) => {
      if (key === 'password') navigate('/account/password');
      if (key === 'logout') {
        await logout();
        navigate('/login', { replace: true });
      }
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        theme="light"
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Flex align="center" justify="center" style={{ height: 64, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <Typography.Text strong style={{ fontSize: collapsed ? 16 : 20, color: token.colorPrimary, letterSpacing: 2 }}>
            {t('productShort')}
          </Typography.Text>
        </Flex>
        <Menu
          mode="inline"
          selectedKeys={[navKeyOf(location.pathname)]}
          items={items}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: 24,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
          }}
        >
          <Typography.Text strong ellipsis style={{ fontSize: 16, minWidth: 0 }}>
            {t('product')}
          </Typography.Text>
          <Space size="middle" style={{ flexShrink: 0 }}>
            <LanguageSwitch />
            <Dropdown menu={accountMenu} trigger={['click']} placement="bottomRight">
              <a onClick={(e) => e.preventDefault()} style={{ color: token.colorText }} aria-label={t('header.account')}>
                <Space size={8}>
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
                  <span>{me.displayName}</span>
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    {t(`role.${me.role}`)}
                  </Tag>
                  <Typography.Text type="secondary">{me.regionName ?? t('header.allRegions')}</Typography.Text>
                  <DownOutlined style={{ fontSize: 10 }} />
                </Space>
              </a>
            </Dropdown>
          </Space>
        </Header>
        <Content style={{ padding: 24, minWidth: 0 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
