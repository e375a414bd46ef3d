// Namespace 'regions': the administrative divisions browser (行政区划).
const zhCN = {
  title: '行政区划',
  subTitle: '统计用区划代码，五级：省、市、区县、街道（乡镇）、社区（村）',
  top: '顶级',
  searchPlaceholder: '按名称搜索辖区内的区划',
  searchResults: '“{{q}}”的搜索结果',
  clearSearch: '清除搜索',
  column: {
    name: '名称',
    code: '区划代码',
    level: '层级',
    kind: '城乡属性',
    children: '下级数量',
    actions: '操作',
  },
  openChildren: '查看下级',
  showInParent: '在上级中查看',
  noChildren: '该区划没有下级。',
  noMatch: '没有名称包含“{{q}}”的区划。',
  noRegions: '尚未导入行政区划。请由管理员运行 linli regions import 导入。',
  kindSaved: '已将“{{name}}”设为{{kind}}',
  kindHint: '社区（村）的城乡属性可由系统管理员更正',
};

const enUS: typeof zhCN = {
  title: 'Regions',
  subTitle: 'Statistical division codes in five levels: province, city, county, street (township), community (village)',
  top: 'Top',
  searchPlaceholder: 'Search regions in your area by name',
  searchResults: 'Results for “{{q}}”',
  clearSearch: 'Clear search',
  column: {
    name: 'Name',
    code: 'Code',
    level: 'Level',
    kind: 'Urban / rural',
    children: 'Sub-regions',
    actions: 'Actions',
  },
  openChildren: 'Open',
  showInParent: 'Show in parent',
  noChildren: 'This region has no sub-regions.',
  noMatch: 'No region name contains “{{q}}”.',
  noRegions: 'No regions imported yet. An administrator runs `linli regions import` to load them.',
  kindSaved: '“{{name}}” is now {{kind}}',
  kindHint: 'The system administrator may correct the urban/rural type of a community (village)',
};

export default { 'zh-CN': zhCN, 'en-US': enUS };
