// The top of every page: breadcrumbs, the title, and the page's actions on the right.
import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export interface PageHeaderProps {
  title: ReactNode;
  /** Trail above the title; the home link is added in front. */
  breadcrumbs?: { title: ReactNode }[];
  extra?: ReactNode;
  /** A line of secondary text under the title. */
  subTitle?: ReactNode;
}

export function PageHeader({ title, breadcrumbs, extra, subTitle }: PageHeaderProps) {
  const { t } = useTranslation('common');
  return (
    <div style={{ marginBottom: 16 }}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/">{t('nav.home')}</Link> }, ...breadcrumbs]} />
      )}
      <Flex justify="space-between" align="center" gap={16} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
        </div>
        {extra && <div>{extra}</div>}
      </Flex>
    </div>
  );
}
