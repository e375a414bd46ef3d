// The region's path as a breadcrumb: each level above links to its own dashboard (within the user's scope).
import type { StatsIndicators } from '@linli/shared';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Breadcrumb, Flex } from 'antd';
import { Link } from 'react-router-dom';
import { useMe } from '../../app/auth.js';
import type { IndicatorLabels } from './labels.js';
import { dashboardLink } from './links.js';

const placeholderNames = new Set(['市辖区', '县']);

interface Props {
  region: StatsIndicators['region'];
  policy?: string;
  labels: IndicatorLabels;
}

export function RegionTrail({ region, policy, labels }: Props) {
  const me = useMe();
  const scope = me.regionCode ?? '';
  const full = region.path.length > 0 && region.path[region.path.length - 1]!.code === region.code ? region.path : [...region.path, region];
  // 上海市 › 市辖区 › 黄浦区: the municipalities' placeholder level says nothing (the drill-down skips it too)
  const path = full.filter((step, index) => index === full.length - 1 || !placeholderNames.has(step.name));
  // A platform-wide account starts at the country; a scoped one at its own region (above it nothing is visible).
  const steps = [...(scope === '' && region.code !== '' ? [{ code: '', name: labels.t('country'), level: 0 }] : []), ...path];
  const items = steps.map((step, index) => {
    const current = index === steps.length - 1;
    const reachable = step.code.startsWith(scope);
    const name = labels.regionName(step);
    return { title: current || !reachable ? name : <Link to={dashboardLink(step.code, policy)}>{name}</Link> };
  });
  return (
    <Flex align="center" gap={8} style={{ marginBottom: 16, fontSize: 15 }}>
      <EnvironmentOutlined aria-hidden style={{ color: 'rgba(0,0,0,0.45)' }} />
      <Breadcrumb items={items} style={{ fontSize: 15 }} />
    </Flex>
  );
}
