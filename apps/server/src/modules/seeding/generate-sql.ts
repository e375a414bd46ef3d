// The one statement that generates the organizations of a chunk of streets. Every choice is a number read
// from md5(seed:key), where the key names the record (community code and index, street code and role), so
// the same seed yields the same rows and the same ids on every run, database and machine.
//
// Parameters: $1 seed, $2 the chunk's street codes, $3 community slots, $4 strides per area, $5 street
// slots, $6 surnames, $7 mottos, $8 given names (lookups in long arrays walk them: two short ones are cheaper
// than one of full names), $9 and $10 the density shares below.

/** A uniform number in [0, 1) from the k-th 16 bits of the hash `h` (k 0–7) or of md5(h) (k 8–15). */
export const u = (h: string, k: number) =>
  `(('x' || substr(${k < 8 ? h : `md5(${h})`}, ${1 + 4 * (k % 8)}, 4))::bit(16)::int::float8 / 65536)`;

/**
 * The same for the generated rows, cheaper: their hash is parsed once into two bigints (a, b) and draw k (0–7)
 * takes 16 bits of them. r8 splits the bits of draw 3 into two coarser numbers (bits 48–55 and 56–63).
 */
const r = (row: string, k: number) => `(((${row}.${k < 4 ? 'a' : 'b'} >> ${16 * (k % 4)}) & 65535)::float8 / 65536)`;
export const r8 = (row: string, offset: 48 | 56) => `(((${row}.a >> ${offset}) & 255)::float8 / 256)`;
export const pickBy = (array: string, draw: string) => `(${array})[1 + floor(${draw} * cardinality(${array}))::int]`;

/** An integer in [lo, hi] (SQL expressions) from draw k. */
const between = (h: string, k: number, lo: string, hi: string) => `(${lo} + floor(${u(h, k)} * ((${hi}) - (${lo}) + 1))::int)`;

/** md5 hex → the 32 hex digits of a well-formed version-4 UUID (the API validates ids as RFC 9562 UUIDs). */
export const uuidHexOf = (h: string) =>
  `overlay(overlay(${h} placing '4' from 13 for 1) placing substr('89ab', 1 + ('x' || substr(${h}, 17, 1))::bit(4)::int % 4, 1) from 17 for 1)`;
export const uuidOf = (h: string) => `${uuidHexOf(h)}::uuid`;

const pick = (array: string, h: string, k: number) => pickBy(array, u(h, k));

// 云南中路居委会 → 云南中路; 张庄村委会, 张庄村村民委员会 → 张庄村; brackets such as （筹） go.
const placeSql = `CASE WHEN c.kind = 'rural'
    THEN regexp_replace(regexp_replace(c.bare, '(村民委员会|村民委会|村委员会|村委会|居民委员会|居委会|委员会)$', ''), '([^村])$', '\\1村')
    ELSE regexp_replace(regexp_replace(c.bare, '(居民委员会|居民委会|居委会|委员会|管委会)$', ''), '(.)社区$', '\\1')
  END`;

// Organizations per urban community, by street: 4–8 (behind every pack's target) in a share $9 of the streets,
// 10–14 up to the share $10, 14–22 (ahead of most) in the rest; rural communities get about half.
const densitySql = (h: string) => `CASE WHEN ${u(h, 0)} < $9::float8 THEN 4 WHEN ${u(h, 0)} < $10::float8 THEN 10 ELSE 14 END`;
const densityTopSql = (h: string) => `CASE WHEN ${u(h, 0)} < $9::float8 THEN 8 WHEN ${u(h, 0)} < $10::float8 THEN 14 ELSE 22 END`;

export const generateSql = `
WITH
slots AS (
  SELECT s.area || ':' || s.slot AS key, s.* FROM jsonb_to_recordset($3::jsonb)
    AS s(area text, slot int, tier text, suffix text, variant int, fields text[], extras text[], groups text[], description text, legal_form text)
),
slot_counts AS (SELECT area, count(*)::int AS n FROM slots GROUP BY area),
street_slots AS (
  SELECT * FROM jsonb_to_recordset($5::jsonb)
    AS s(role text, slot int, count int, tier text, suffix text, fields text[], extras text[], groups text[], description text, legal_form text)
),
county_streets AS (
  SELECT s.code, s.name, s.parent_code AS county_code, md5($1 || ':' || s.code) AS h, md5($1 || ':' || s.parent_code) AS hc,
    row_number() OVER (PARTITION BY s.parent_code ORDER BY md5($1 || ':' || s.code), s.code) - 1 AS county_rank
  FROM regions s
  WHERE s.level = 4 AND s.parent_code IN (SELECT parent_code FROM regions WHERE code = ANY ($2::text[]))
),
streets AS (
  SELECT st.*, co.name AS county_name,
    ${densitySql('st.h')} AS lo, ${densityTopSql('st.h')} AS hi,
    -- a demonstration hub in about two thirds of the counties, on the county's first street
    st.county_rank = 0 AND ${u('st.hc', 0)} < 0.67 AS demonstration_hub,
    -- 0–3 observation points per county
    st.county_rank < CASE WHEN ${u('st.hc', 2)} < 0.15 THEN 0 WHEN ${u('st.hc', 2)} < 0.4 THEN 1 WHEN ${u('st.hc', 2)} < 0.75 THEN 2 ELSE 3 END
      AS observation_point,
    st.name || CASE WHEN st.name ~ '(镇|乡)$' THEN '综合文化站' ELSE '社区文化活动中心' END AS venue
  FROM county_streets st JOIN regions co ON co.code = st.county_code
  WHERE st.code = ANY ($2::text[])
),
communities AS MATERIALIZED (
  SELECT c.code, c.name, c.area, c.h, c.lo, c.hi, ${placeSql} AS place
  FROM (
    SELECT r.code, r.name, r.kind, coalesce(r.kind, 'urban') AS area, md5($1 || ':' || r.code) AS h, st.lo, st.hi,
      regexp_replace(r.name, '[（(][^）)]*[）)]', '', 'g') AS bare
    FROM regions r JOIN streets st ON r.parent_code = st.code
    WHERE r.level = 5 AND r.parent_code = ANY ($2::text[])
  ) AS c
),
plans AS (
  SELECT c.*, sc.n AS slot_count,
    CASE WHEN c.area = 'rural' THEN greatest(2, ${between('c.h', 1, 'c.lo', 'c.hi')} / 2) ELSE ${between('c.h', 1, 'c.lo', 'c.hi')} END AS orgs,
    floor(${u('c.h', 2)} * sc.n)::int AS first_slot,
    ($4::jsonb -> c.area ->> floor(${u('c.h', 3)} * jsonb_array_length($4::jsonb -> c.area))::int)::int AS stride,
    floor(${u('c.h', 4)} * cardinality($7::text[]))::int AS motto_shift,
    c.place || CASE
      WHEN c.area = 'rural' OR c.place ~ '(区|社区)$' THEN ''
      WHEN char_length(c.place) <= 2 OR ${u('c.h', 5)} < 0.55 THEN '社区'
      WHEN ${u('c.h', 5)} < 0.8 AND c.code LIKE '31%' THEN '居民区'
      ELSE '' END AS prefix,
    CASE WHEN c.area = 'rural'
      THEN (ARRAY['文化活动室', '党群服务中心', '农家书屋', '文化广场', '老年活动中心'])
      ELSE (ARRAY['活动室', '党群服务站', '睦邻点', '文化活动室'])
    END AS venues
  FROM communities c JOIN slot_counts sc ON sc.area = c.area
),
picks AS (
  SELECT p.*, i, p.area || ':' || ((p.first_slot + i * p.stride) % p.slot_count) AS slot_key
  FROM plans p CROSS JOIN LATERAL generate_series(0, p.orgs - 1) AS i
),
drafts AS (
  -- the community's own organizations: distinct slots, so distinct names
  SELECT p.code || ':' || p.i AS key, p.code AS region_code,
    CASE WHEN s.suffix LIKE '社区%' THEN p.place ELSE p.prefix END
      || CASE WHEN s.variant > 0 THEN ($7::text[])[1 + (p.motto_shift + s.variant - 1) % cardinality($7::text[])] ELSE '' END
      || s.suffix AS name,
    s.tier, s.legal_form, s.fields, s.extras, s.groups, s.description, 'none' AS hub_kind, false AS forced_active, false AS observation_point,
    false AS demonstration, p.prefix || p.venues[1 + (p.i + p.motto_shift) % cardinality(p.venues)] AS venue
  FROM picks p JOIN slots s ON s.key = p.slot_key
  UNION ALL
  -- a federation of the community's organizations in about 40% of communities
  SELECT p.code || ':federation', p.code, p.prefix || '社会组织联合会',
    CASE WHEN ${u('p.h', 7)} < 0.2 THEN 'registered' ELSE 'team' END,
    CASE WHEN ${u('p.h', 7)} < 0.2 THEN 'social_group' END,
    ARRAY['志愿服务', '邻里互助'], ARRAY['协商议事'], ARRAY['全体居民'], '联合本社区的社会组织，统筹活动场地、志愿者和公益项目。',
    'federation', true, false, false, p.prefix || p.venues[2]
  FROM plans p WHERE ${u('p.h', 6)} < 0.4
  UNION ALL
  -- street hubs: a federation or service centre in about 80% of streets (always on a demonstration street)
  SELECT st.code || ':hub', st.code,
    st.name || CASE WHEN ${u('st.h', 4)} < 0.5 THEN '社区社会组织联合会' ELSE '社区社会组织服务中心' END,
    'registered', CASE WHEN ${u('st.h', 4)} < 0.5 THEN 'social_group' ELSE 'social_service_agency' END,
    ARRAY['志愿服务', '党建服务'], ARRAY['邻里互助', '协商议事'], ARRAY['全体居民'],
    CASE WHEN ${u('st.h', 4)} < 0.5 THEN '联合街道内社区社会组织，开展行业自律、资源对接和能力建设。'
      ELSE '为街道内社区社会组织提供登记备案指导、孵化培育和项目支持。' END,
    CASE WHEN ${u('st.h', 4)} < 0.5 THEN 'federation' ELSE 'service_center' END, true, false, st.demonstration_hub,
    st.name || '党群服务中心'
  FROM streets st WHERE ${u('st.h', 3)} < 0.8 OR st.demonstration_hub
  UNION ALL
  SELECT st.code || ':incubator', st.code, st.name || '社区公益组织孵化基地', 'registered', 'social_service_agency',
    ARRAY['志愿服务', '教育培训'], ARRAY['慈善募捐'], ARRAY['全体居民'], '为初创社区社会组织提供场地、培训、督导和小额资金代管。',
    'incubator', true, false, false, st.venue
  FROM streets st WHERE ${u('st.h', 5)} < 0.3
  UNION ALL
  -- the county's incubator, on its first street, in 90% of counties
  SELECT st.county_code || ':incubator', st.code, st.county_name || '社会组织孵化基地', 'registered', 'social_service_agency',
    ARRAY['志愿服务', '教育培训'], ARRAY['慈善募捐'], ARRAY['全体居民'], '为全区初创社会组织提供场地、培训、督导和公益创投对接。',
    'incubator', true, false, false, st.name || '社会组织服务园'
  FROM streets st WHERE st.county_rank = 0 AND ${u('st.hc', 1)} < 0.9
  UNION ALL
  -- 1–3 registered organizations and 0–2 teams serving the whole street
  SELECT st.code || ':' || ss.role || j, st.code,
    st.name || CASE WHEN ss.role = 'team' THEN ${pick('$7::text[]', "md5(st.h || ':' || j)", 0)} ELSE '' END || ss.suffix,
    ss.tier, ss.legal_form, ss.fields, ss.extras, ss.groups, ss.description, 'none',
    ss.role = 'registered' AND j = 0 AND st.observation_point, ss.role = 'registered' AND j = 0 AND st.observation_point, false, st.venue
  FROM streets st
  CROSS JOIN LATERAL (VALUES
    ('registered', ${between('st.h', 6, '1', '3')}, floor(${u('st.h', 7)} * 1000)::int),
    ('team', ${between('st.h', 8, '0', '2')}, floor(${u('st.h', 9)} * 1000)::int)) AS n(role, count, first)
  CROSS JOIN LATERAL generate_series(0, n.count - 1) AS j
  JOIN street_slots ss ON ss.role = n.role AND ss.slot = (n.first + j) % ss.count
),
hashed AS (
  SELECT d.*, md5($1 || ':' || d.key) AS h FROM drafts d
),
parsed AS MATERIALIZED (
  SELECT h.*, ('x' || substr(h.h, 1, 16))::bit(64)::bigint AS a, ('x' || substr(h.h, 17, 16))::bit(64)::bigint AS b FROM hashed h
),
decided AS (
  SELECT p.*,
    CASE WHEN p.forced_active OR ${r('p', 0)} < 0.9 THEN 'active'
      WHEN ${r('p', 0)} < 0.95 THEN 'suspended' WHEN ${r('p', 0)} < 0.99 THEN 'cancelled' ELSE 'banned' END AS status
  FROM parsed p
)
INSERT INTO organizations (id, name, tier, legal_form, region_code, service_fields, target_groups, description, leader_name,
  member_count, founded_on, venue, hub_kind, is_brand, is_demonstration, is_observation_point, status)
SELECT ${uuidOf('d.h')}, d.name, d.tier, d.legal_form, d.region_code,
  CASE WHEN ${r('d', 1)} < 0.3 AND cardinality(d.extras) > 0 THEN d.fields || ${pickBy('d.extras', r('d', 2))} ELSE d.fields END,
  d.groups, d.description, ${pickBy('$6::text[]', r8('d', 48))} || ${pickBy('$8::text[]', r8('d', 56))},
  CASE d.tier WHEN 'group' THEN 5 + floor(power(${r('d', 4)}, 2) * 36)::int
    WHEN 'team' THEN 10 + floor(power(${r('d', 4)}, 2) * 111)::int
    ELSE 20 + floor(power(${r('d', 4)}, 2) * 181)::int END,
  -- 2005-01-01 … 2026-06-30, more of them recent; fixed so the rows do not depend on the day of the run
  least(date '2005-01-01' + floor(sqrt(${r('d', 5)}) * (date '2026-06-30' - date '2005-01-01' + 1))::int, current_date),
  d.venue, d.hub_kind,
  d.status = 'active' AND ${r('d', 6)} < CASE d.tier WHEN 'group' THEN 0.003 ELSE 0.017 END,
  d.status = 'active' AND (d.demonstration OR ${r('d', 7)} < 0.005),
  d.observation_point, d.status
FROM decided d
ON CONFLICT (id) DO NOTHING
`;
