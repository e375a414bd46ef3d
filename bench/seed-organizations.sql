-- 100,000 organizations over the communities of 上海市, names from Chinese templates (deterministic).
WITH communities AS (
  SELECT code, name, row_number() OVER (ORDER BY code) AS n, count(*) OVER () AS total
  FROM regions WHERE level = 5 AND code LIKE '31%'
), words AS (
  SELECT ARRAY['平安巡逻队','夕阳红合唱团','邻里互助会','广场舞队','书画社','志愿服务队','读书会','太极拳队','环保小组','调解工作室','编织社','健身队','乐龄俱乐部','亲子阅读会','红色宣讲团','垃圾分类督导队','爱心帮扶队','楼组议事会','京剧票友社','手工艺小组'] AS suffix,
         ARRAY['治安巡逻','文化艺术','邻里互助','体育健身','文化艺术','志愿服务','教育培训','体育健身','环境卫生与垃圾分类','纠纷调解','文化艺术','体育健身','养老','儿童与青少年','党建服务','环境卫生与垃圾分类','济困救助','协商议事','非遗与民俗','文化艺术'] AS field
)
INSERT INTO organizations (name, tier, region_code, service_fields, leader_name, member_count, founded_on, status, updated_at)
SELECT regexp_replace(c.name, '(社区)?(居民)?(居|村)(民)?委员?会$', '') || w.suffix[1 + (g % 20)] || CASE WHEN g > c.total * 20 THEN (g / (c.total * 20))::text ELSE '' END,
       (ARRAY['registered','team','group','group','team'])[1 + (g % 5)],
       c.code,
       ARRAY[w.field[1 + (g % 20)]],
       (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + (g % 10)] || (ARRAY['芳','伟','敏','静','丽','强','磊','军','洋','勇'])[1 + ((g / 10) % 10)],
       5 + (g % 60),
       date '2010-01-01' + (g % 5000),
       CASE WHEN g % 50 = 0 THEN 'cancelled' ELSE 'active' END,
       now() - make_interval(mins => g % 100000)
FROM generate_series(1, 100000) AS g
JOIN communities c ON c.n = 1 + (g % c.total)
CROSS JOIN words w;
