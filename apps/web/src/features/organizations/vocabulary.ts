// Service fields and target groups are the policies' Chinese terms (packages/shared/src/enums.ts):
// zh-CN shows them as they are; en-US translates them.
import { serviceFields, targetGroups, type ServiceField, type TargetGroup } from '@linli/shared';

const identity = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<string, string>;

export const serviceFieldsZh = identity(serviceFields);
export const targetGroupsZh = identity(targetGroups);

export const serviceFieldsEn: Record<ServiceField, string> & Record<string, string> = {
  养老: 'Elderly care',
  助残: 'Disability support',
  儿童与青少年: 'Children and youth',
  妇女: 'Women',
  家庭服务: 'Family services',
  医疗健康: 'Health care',
  心理服务: 'Mental health',
  托育: 'Childcare',
  教育培训: 'Education and training',
  就业帮扶: 'Employment support',
  济困救助: 'Poverty relief',
  慈善募捐: 'Charitable fundraising',
  志愿服务: 'Volunteering',
  邻里互助: 'Neighbourly mutual aid',
  协商议事: 'Community deliberation',
  纠纷调解: 'Dispute mediation',
  治安巡逻: 'Safety patrols',
  社区矫正与帮扶: 'Community corrections support',
  防灾减灾与应急: 'Disaster prevention and emergency',
  环境卫生与垃圾分类: 'Sanitation and waste sorting',
  物业协商: 'Property management deliberation',
  法律服务: 'Legal services',
  文化艺术: 'Culture and arts',
  体育健身: 'Sports and fitness',
  科普: 'Science popularization',
  非遗与民俗: 'Intangible heritage and folk customs',
  移风易俗: 'Reforming customs',
  农业生产技术: 'Agricultural techniques',
  乡村振兴: 'Rural revitalization',
  外来人口融入: 'Integration of newcomers',
  党建服务: 'Party-building services',
};

export const targetGroupsEn: Record<TargetGroup, string> & Record<string, string> = {
  老年人: 'Older people',
  妇女: 'Women',
  儿童: 'Children',
  残疾人: 'People with disabilities',
  失业人员: 'Unemployed people',
  农民工: 'Migrant workers',
  服刑人员或强制戒毒等限制自由人员的未成年子女: 'Minor children of people in custody or compulsory rehabilitation',
  困难家庭: 'Families in hardship',
  严重精神障碍患者: 'People with severe mental disorders',
  有不良行为青少年: 'Youth with behavioural problems',
  社区矫正人员: 'People under community corrections',
  全体居民: 'All residents',
};
