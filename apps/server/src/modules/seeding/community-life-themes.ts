// What the scale seed's organizations do, by service field: the kind of activity, titles to choose from and the
// skills a volunteer need asks for. No festivals, performances, competitions or gatherings, and at most 89
// expected participants: generated activities never need a major-activity report (issue 6 part 2).
import type { ServiceField } from '@linli/shared';

export type ThemeKind = 'service' | 'culture_sports' | 'volunteering' | 'consultation' | 'other';

export interface ActivityTheme {
  kind: ThemeKind;
  titles: string[];
  skills: string[];
}

const theme = (kind: ThemeKind, titles: string[], skills: string[]): ActivityTheme => ({ kind, titles, skills });

export const activityThemes: Record<ServiceField, ActivityTheme> = {
  养老: theme('service', ['独居老人上门探访', '老年人智能手机课堂', '助老理发进楼组', '敬老茶话会'], ['陪伴关怀', '理发']),
  助残: theme('service', ['助残康复陪护日', '残疾人家庭上门走访', '无障碍出行体验'], ['陪伴关怀', '手语']),
  儿童与青少年: theme('service', ['四点半课堂', '暑期少儿手工营', '青少年安全教育课'], ['教育辅导', '手工']),
  妇女: theme('service', ['妇女健康知识讲座', '巧手编织分享会', '家庭教育沙龙'], ['心理疏导', '手工']),
  家庭服务: theme('service', ['亲子共读会', '家庭教育讲座', '和美家庭交流会'], ['教育辅导', '摄影']),
  医疗健康: theme('service', ['家庭医生健康义诊', '慢病自我管理小组会', '健康知识讲座'], ['医疗护理', '宣传讲解']),
  心理服务: theme('service', ['心理健康讲座', '情绪减压工作坊', '一对一心理疏导'], ['心理疏导']),
  托育: theme('service', ['幼儿托育开放日', '育儿经验分享会', '亲子早教活动'], ['教育辅导', '陪伴关怀']),
  教育培训: theme('service', ['社区学堂', '书法入门课', '居民电脑课'], ['教育辅导', '信息技术']),
  就业帮扶: theme('service', ['就业政策宣讲', '求职技能培训', '家门口招聘对接'], ['就业指导', '宣传讲解']),
  济困救助: theme('service', ['困难家庭走访慰问', '爱心物资发放', '帮困政策咨询'], ['物资分发', '陪伴关怀']),
  慈善募捐: theme('other', ['慈善义卖', '爱心衣物募集', '公益集市'], ['物资分发', '宣传讲解']),
  志愿服务: theme('volunteering', ['学雷锋志愿服务日', '文明交通引导', '社区志愿服务集中日'], ['秩序维护', '宣传讲解']),
  邻里互助: theme('volunteering', ['邻里守望结对走访', '楼组互助代购代配药', '邻里互助便民服务'], ['陪伴关怀', '维修']),
  协商议事: theme('consultation', ['居民议事会', '楼组协商会', '社区微更新方案征询'], ['会议记录']),
  纠纷调解: theme('consultation', ['邻里纠纷调解', '调解案例讲评会', '矛盾排查走访'], ['法律咨询', '会议记录']),
  治安巡逻: theme('volunteering', ['平安巡逻', '防诈骗宣传', '消防安全检查'], ['秩序维护', '宣传讲解']),
  社区矫正与帮扶: theme('service', ['社区矫正对象帮教', '帮扶谈心会'], ['心理疏导', '法律咨询']),
  防灾减灾与应急: theme('volunteering', ['应急疏散演练', '防汛防台隐患排查', '急救知识培训'], ['医疗护理', '秩序维护']),
  环境卫生与垃圾分类: theme('volunteering', ['垃圾分类桶边督导', '社区环境清洁日', '绿化认养养护'], ['秩序维护', '宣传讲解']),
  物业协商: theme('consultation', ['物业服务协商会', '停车管理议事会', '小区维修资金征询'], ['会议记录']),
  法律服务: theme('service', ['法律咨询进社区', '民法典宣讲', '遗嘱与赡养法律讲座'], ['法律咨询']),
  文化艺术: theme('culture_sports', ['书画交流雅集', '合唱排练', '读书分享会', '摄影采风'], ['摄影', '文艺']),
  体育健身: theme('culture_sports', ['太极拳晨练教学', '健步走', '八段锦练习', '广场健身操教学'], ['体育指导']),
  科普: theme('service', ['科普讲座', '青少年科学实验课', '防范电信诈骗科普'], ['宣传讲解', '信息技术']),
  非遗与民俗: theme('culture_sports', ['剪纸技艺传习', '传统民俗讲堂', '非遗手作体验'], ['手工', '文艺']),
  移风易俗: theme('service', ['文明新风宣讲', '节俭办事倡议', '绿色殡葬政策宣讲'], ['宣传讲解']),
  农业生产技术: theme('service', ['农技田间课堂', '果树修剪培训', '病虫害防治指导'], ['农业技术']),
  乡村振兴: theme('service', ['美丽庭院评选走访', '农产品直播带货培训', '乡村环境整治'], ['农业技术', '信息技术']),
  外来人口融入: theme('service', ['新市民政策咨询', '随迁子女课业辅导', '新市民融入交流会'], ['教育辅导', '外语翻译']),
  党建服务: theme('service', ['党员志愿服务日', '主题党日进社区', '党群议事会'], ['宣传讲解', '会议记录']),
};

/** The themes as rows for the generating statement (a jsonb parameter). */
export const themeRows = () => JSON.stringify(Object.entries(activityThemes).map(([field, t]) => ({ field, ...t })));
