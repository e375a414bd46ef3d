// Namespace 'home': the welcome page.
const zhCN = {
  greeting: '您好，{{name}}',
  roleAndRegion: '{{role}} · {{region}}',
  queue: {
    title: '我的待办',
    pending: '件备案等待您处理',
    overdue: '其中已超期',
    open: '进入待办',
    none: '目前没有等待您处理的备案。',
  },
  whatYouCanDo: '常用功能',
  card: {
    '/dashboard': '对照政策目标查看辖区的完成情况，逐级下钻到社区和组织，导出Excel。',
    '/policies': '查阅各政策包的分类、指标和条款依据，为区划绑定政策，按新口径重新分类。',
    '/organizations': '查询辖区内的社区社会组织，查看档案和变更记录，登记新组织。',
    '/filings': '提交和跟踪成立、变更、注销备案，查看办理进度和审核意见。',
    '/activities': '登记组织计划和举办的活动，上传照片和附件，报告重大活动。',
    '/major-reports': '确认或退回辖区组织报告的节庆、演出、竞赛、集会等重大活动。',
    '/nearby-activities': '看看本街道的社区社会组织最近有哪些公开活动。',
    '/regions': '浏览辖区的行政区划（省、市、区县、街道、社区），查看代码和城乡属性。',
    '/users': '创建账号并分配角色和管辖区划，停用或启用账号。',
    '/audit': '查阅全平台的操作记录，核验审计链是否被篡改。',
    '/jobs': '跟踪台账导入和表格导出的进度，继续未完成的导入，下载导出的文件。',
    '/account/password': '定期更换登录密码，密码须至少 10 位并同时包含字母和数字。',
  },
  separationNote: {
    sys_admin: '按“三权分立”要求，系统管理员管理账号，不能查看组织档案和审计日志。',
    audit_admin: '按“三权分立”要求，审计管理员只能查阅审计日志，不能修改任何数据。',
  },
};

const enUS: typeof zhCN = {
  greeting: 'Hello, {{name}}',
  roleAndRegion: '{{role}} · {{region}}',
  queue: {
    title: 'My queue',
    pending: 'filings wait for you',
    overdue: 'overdue',
    open: 'Open my queue',
    none: 'No filing is waiting for you.',
  },
  whatYouCanDo: 'What you can do',
  card: {
    '/dashboard': 'See progress toward the policy targets in your area, drill down to communities and organizations, export to Excel.',
    '/policies': 'Read each policy pack with its categories, indicators and clauses; bind packs to regions; re-classify organizations.',
    '/organizations': 'Find the community social organizations in your area, read their records and history, register new ones.',
    '/filings': 'Submit and follow establishment, change and cancellation filings, with their progress and review comments.',
    '/activities': 'Record the activities organizations plan and hold, upload photos and documents, report major activities.',
    '/major-reports': 'Acknowledge or return the festivals, performances, competitions and gatherings organizations report.',
    '/nearby-activities': 'See the public activities of the community organizations of your street.',
    '/regions': 'Browse the administrative divisions of your area (province to community) with their codes and urban/rural type.',
    '/users': 'Create accounts with a role and a region, disable or enable them.',
    '/audit': 'Read every recorded action on the platform and verify that the audit chain is intact.',
    '/jobs': 'Follow ledger imports and list exports, resume an unfinished import, download exported files.',
    '/account/password': 'Change your password regularly: at least 10 characters with letters and digits.',
  },
  separationNote: {
    sys_admin: 'Separation of duties: the system administrator manages accounts but cannot read organization records or the audit log.',
    audit_admin: 'Separation of duties: the audit administrator reads the audit log and changes nothing.',
  },
};

export default { 'zh-CN': zhCN, 'en-US': enUS };
