// The two statements that generate community life for a chunk of streets (after their organizations exist):
// first the people (a street officer account and a time-bank rule per street, resident accounts registered as
// volunteers in every community), then the activities of the streets' organizations with their volunteer needs,
// sign-ups and confirmed service records, crediting each volunteer's hours and points with what was confirmed.
// Ids come from md5(seed:key) as in generate-sql.ts; dates from the month of `$3` (now): activities fill the
// `$4` months up to and including the current one, whose rest holds the planned ones.
//
// Volunteers serve in their own street. Each need's volunteers are a run of consecutive positions in a fixed
// permutation of the street's volunteers, starting at a position skewed toward the front, so a few volunteers
// serve hundreds of times and most a few dozen.
import { pickBy, r8, u, uuidHexOf, uuidOf } from './generate-sql.js';

/** md5 `h` and md5(md5 `h`) parsed into four bigints a, b, c, d: 16 draws of 16 bits each. */
const parsed = (h: string) =>
  `('x' || substr(${h}, 1, 16))::bit(64)::bigint AS a, ('x' || substr(${h}, 17, 16))::bit(64)::bigint AS b,
   ('x' || substr(md5(${h}), 1, 16))::bit(64)::bigint AS c, ('x' || substr(md5(${h}), 17, 16))::bit(64)::bigint AS d`;

/** A uniform number in [0, 1) from draw k (0–15) of a row `parsed` filled. */
const draw = (row: string, k: number) => `(((${row}.${'abcd'[Math.floor(k / 4)]} >> ${16 * (k % 4)}) & 65535)::float8 / 65536)`;

const CHINA = `'Asia/Shanghai'`;

// ws: the first day of the window (local time), we: the first day after the current month.
const boundsSql = `bounds AS (
  SELECT date_trunc('month', $3::timestamptz AT TIME ZONE ${CHINA}) - ($4::int - 1) * interval '1 month' AS ws,
    date_trunc('month', $3::timestamptz AT TIME ZONE ${CHINA}) + interval '1 month' AS we
)`;

// Registered volunteers per community: 50–130 in a neighbourhood, 30–70 in a village (about 500,000 in 上海).
const communityPeopleSql = `communities AS (
  SELECT c.code, CASE WHEN c.kind = 'rural' THEN 30 + floor(${u('c.h', 0)} * 41)::int ELSE 50 + floor(${u('c.h', 0)} * 81)::int END AS volunteers
  FROM (SELECT code, kind, md5($1 || ':volunteers:' || code) AS h FROM regions WHERE level = 5 AND parent_code = ANY ($2::text[])) AS c
),
people AS MATERIALIZED (
  SELECT p.*, ${parsed('p.h')} FROM (
    SELECT c.code, i, md5($1 || ':volunteer:' || c.code || ':' || i) AS h
    FROM communities c CROSS JOIN LATERAL generate_series(0, c.volunteers - 1) AS i
  ) AS p
)`;

/** The account of a street's officer, who confirms the hours of the street's generated records. */
const officerHash = (street: string) => `md5($1 || ':officer:' || ${street})`;

/** The time-bank rule rows that may apply in a street, nearest first: street, district, city, province. */
const ruleChain = (street: string) => `(${street}, left(${street}, 6), left(${street}, 4), left(${street}, 2))`;

/**
 * $1 seed, $2 the chunk's street codes, $3 now, $4 months, $5 surnames, $6 given names, $7 skills, $8 availabilities,
 * $9 points per hour to choose from, $10 star hours. Accounts get the password hash '!', which no password verifies.
 */
export const peopleSql = `
WITH
${boundsSql},
streets AS (
  SELECT s.code, s.name, ${officerHash('s.code')} AS h FROM regions s WHERE s.level = 4 AND s.code = ANY ($2::text[])
),
officers AS (
  INSERT INTO users (id, username, display_name, password_hash, role, region_code)
  SELECT ${uuidOf('st.h')}, 'seed-' || st.code, st.name || '志愿服务站', '!', 'street_officer', st.code FROM streets st
  ON CONFLICT DO NOTHING
  RETURNING 1
),
-- a time-bank rule of the street's own where none applies yet (set by the street or inherited from above)
rules AS (
  INSERT INTO time_bank_rules (region_code, points_per_hour, star_hours)
  SELECT st.code, ${pickBy('$9::int[]', u('st.h', 1))}, $10::int[] FROM streets st
  WHERE NOT EXISTS (SELECT 1 FROM time_bank_rules r WHERE r.region_code IN ${ruleChain('st.code')})
  ON CONFLICT (region_code) DO NOTHING
  RETURNING 1
),
${communityPeopleSql},
profiles AS (
  SELECT p.*, ${uuidOf('p.h')} AS user_id,
    ${pickBy('$5::text[]', r8('p', 48))} || ${pickBy('$6::text[]', r8('p', 56))} AS name,
    -- registered up to a year before the window opens
    (b.ws - (1 + floor(${draw('p', 0)} * 365))::int * interval '1 day' + (480 + floor(${draw('p', 1)} * 720))::int * interval '1 minute')
      AT TIME ZONE ${CHINA} AS registered_at,
    floor(${draw('p', 4)} * cardinality($7::text[]))::int AS skill
  FROM people p CROSS JOIN bounds b
),
accounts AS (
  INSERT INTO users (id, username, display_name, password_hash, role, region_code, created_at, updated_at)
  SELECT p.user_id, 'seed-' || p.code || '-' || p.i, p.name, '!', 'resident', p.code, p.registered_at, p.registered_at FROM profiles p
  ON CONFLICT DO NOTHING
  RETURNING id
),
registered AS (
  INSERT INTO volunteers (id, user_id, region_code, skills, availability, created_at, updated_at)
  SELECT ${uuidOf('md5(p.h)')}, p.user_id, p.code,
    CASE WHEN ${draw('p', 2)} < 0.4 THEN '{}'::text[]
      WHEN ${draw('p', 2)} < 0.8 THEN ARRAY[($7::text[])[1 + p.skill]]
      ELSE ARRAY[($7::text[])[1 + p.skill], ($7::text[])[1 + (p.skill + 1 + floor(${draw('p', 5)} * (cardinality($7::text[]) - 1))::int) % cardinality($7::text[])]]
    END,
    ${pickBy('$8::text[]', draw('p', 6))}, p.registered_at, p.registered_at
  FROM profiles p JOIN accounts a ON a.id = p.user_id
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT count(*) FROM registered)::int AS volunteers, (SELECT count(*) FROM officers)::int AS officers,
  (SELECT count(*) FROM rules)::int AS rules
`;

/** $1 seed, $2 the chunk's street codes, $3 now, $4 months, $5 activity themes (community-life-themes.ts). */
export const activitiesSql = `
WITH
${boundsSql},
themes AS (SELECT * FROM jsonb_to_recordset($5::jsonb) AS t(field text, kind text, titles text[], skills text[])),
places AS (SELECT code FROM regions WHERE code = ANY ($2::text[]) OR (level = 5 AND parent_code = ANY ($2::text[]))),
organizations_alive AS (
  SELECT o.id, o.region_code, o.service_fields, o.target_groups, o.venue, o.hub_kind <> 'none' AS hub, o.status = 'active' AS active,
    greatest(b.ws, coalesce(o.founded_on::timestamp, b.ws)) AS alive_from, b.we, md5($1 || ':activities:' || o.id) AS h
  FROM organizations o JOIN places p ON p.code = o.region_code CROSS JOIN bounds b
  WHERE coalesce(o.founded_on::timestamp, b.ws) < b.we
),
-- about one activity a month (0.15–2.45, skewed low), twice that for hubs, a seventh of it for organizations no longer active
plans AS (
  SELECT o.*, extract(epoch FROM o.we - o.alive_from) / 86400 AS days,
    round((0.15 + 2.3 * power(${u('o.h', 0)}, 1.3)) * CASE WHEN o.hub THEN 2 ELSE 1 END * CASE WHEN o.active THEN 1 ELSE 0.15 END
      * extract(epoch FROM o.we - o.alive_from) / 86400 / 30.44)::int AS n
  FROM organizations_alive o
),
drafts AS MATERIALIZED (
  SELECT d.*, ${parsed('d.h')} FROM (
    SELECT p.id AS organization_id, p.region_code, p.service_fields, p.target_groups, p.venue, p.alive_from, p.days,
      md5($1 || ':activity:' || p.id || ':' || i) AS h
    FROM plans p CROSS JOIN LATERAL generate_series(0, p.n - 1) AS i
  ) AS d
),
timed AS (
  SELECT d.*, t.kind, t.skills, ${pickBy('t.titles', draw('d', 3))} AS title,
    -- 08:00–19:00 China time, on the hour or half hour, for one to three hours
    (d.alive_from::date + floor(${draw('d', 0)} * d.days)::int + interval '8 hours' + floor(${draw('d', 1)} * 23)::int * interval '30 minutes')
      AT TIME ZONE ${CHINA} AS starts_at,
    (2 + floor(${draw('d', 2)} * 5)::int) * interval '30 minutes' AS duration
  FROM drafts d JOIN themes t ON t.field = coalesce(${pickBy('d.service_fields', draw('d', 4))}, '志愿服务')
),
decided AS MATERIALIZED (
  SELECT t.*, t.starts_at + t.duration AS ends_at, ${uuidOf('t.h')} AS activity_id,
    10 + floor(power(${draw('t', 5)}, 2) * 80)::int AS expected,
    CASE WHEN t.starts_at + t.duration <= $3::timestamptz THEN CASE WHEN ${draw('t', 6)} < 0.06 THEN 'cancelled' ELSE 'held' END
      ELSE CASE WHEN ${draw('t', 6)} < 0.03 THEN 'cancelled' ELSE 'planned' END END AS status,
    least(t.starts_at - (1 + floor(${draw('t', 7)} * 14))::int * interval '1 day', $3::timestamptz) AS created_at,
    coalesce(${pickBy('t.target_groups', draw('t', 15))}, '全体居民') AS served
  FROM timed t
),
counted AS (
  SELECT d.*, greatest(1, round(d.expected * (0.6 + 0.6 * ${draw('d', 9)})))::int AS actual FROM decided d
),
new_activities AS (
  INSERT INTO activities (id, organization_id, region_code, title, kind, starts_at, ends_at, venue, is_public, expected_participants,
    actual_participants, beneficiaries, summary, status, version, created_at, updated_at)
  SELECT d.activity_id, d.organization_id, d.region_code, d.title, d.kind, d.starts_at, d.ends_at, d.venue, ${draw('d', 8)} < 0.85, d.expected,
    CASE WHEN d.status = 'held' THEN d.actual END,
    CASE WHEN d.status = 'held' THEN jsonb_build_object(d.served, d.actual) ELSE '{}'::jsonb END,
    CASE WHEN d.status = 'held' THEN d.title || '顺利开展，' || d.actual || '人参加。' ELSE '' END,
    d.status, CASE WHEN d.status = 'planned' THEN 1 ELSE 2 END, d.created_at,
    CASE WHEN d.status = 'planned' THEN d.created_at ELSE least(d.ends_at + interval '1 day', $3::timestamptz) END
  FROM counted d
  ON CONFLICT DO NOTHING
  RETURNING 1
),
-- a volunteer need for every volunteering activity and 45% of the others: 5–47 places
needs AS MATERIALIZED (
  SELECT d.*, ${uuidOf("md5(d.h || ':need')")} AS need_id, left(d.region_code, 9) AS street,
    5 + floor(power(${draw('d', 11)}, 1.5) * 43)::int AS slots,
    CASE d.status WHEN 'cancelled' THEN 'cancelled' WHEN 'held' THEN 'closed' ELSE 'open' END AS need_status,
    -- confirmed one to eight days after the end (within the 10 working days)
    d.ends_at + (1 + floor(${draw('d', 14)} * 8))::int * interval '1 day' AS confirmed_at
  FROM decided d
  WHERE d.kind = 'volunteering' OR ${draw('d', 10)} < 0.45
),
new_needs AS (
  INSERT INTO volunteer_needs (id, organization_id, activity_id, region_code, title, description, skills, place, starts_at, ends_at, slots,
    status, version, created_at, updated_at)
  SELECT n.need_id, n.organization_id, n.activity_id, n.region_code, n.title || '志愿者', '协助' || n.title || '的签到引导、秩序维护和后勤保障。',
    n.skills, n.venue, n.starts_at, n.ends_at, n.slots, n.need_status, CASE WHEN n.need_status = 'open' THEN 1 ELSE 2 END, n.created_at,
    CASE WHEN n.need_status = 'open' THEN n.created_at ELSE least(n.ends_at, $3::timestamptz) END
  FROM needs n
  ON CONFLICT DO NOTHING
  RETURNING 1
),
${communityPeopleSql},
street_volunteers AS MATERIALIZED (
  SELECT left(p.code, 9) AS street, v.id, (row_number() OVER (PARTITION BY left(p.code, 9) ORDER BY p.code, p.i) - 1)::bigint AS position
  FROM people p JOIN volunteers v ON v.id = ${uuidOf('md5(p.h)')}
),
street_sizes AS (SELECT street, count(*) AS n FROM street_volunteers GROUP BY street),
-- what every seat of a need shares, worked out once per need: a held activity's need is filled to 70–100%, a planned
-- one's to 0–80%; a held one's seats become records once confirmed (a seventh of the volunteers leave half an hour early)
terms AS MATERIALIZED (
  SELECT n.need_id, n.organization_id, n.region_code, n.street, n.starts_at, n.ends_at, n.created_at, n.confirmed_at,
    n.title, n.venue, n.need_status = 'closed' AND n.confirmed_at <= $3::timestamptz AS recorded,
    ${uuidOf(officerHash('n.street'))} AS officer, left(${uuidHexOf("md5(n.need_id::text || ':signups')")}, 28) AS signup_prefix,
    h.full_hours, h.early_hours, floor(h.full_hours * p.per_hour)::int AS full_points, floor(h.early_hours * p.per_hour)::int AS early_points,
    ss.n AS volunteers, floor(ss.n * power(${draw('n', 13)}, 2))::bigint AS head,
    CASE n.need_status WHEN 'closed' THEN floor(n.slots * (0.7 + 0.3 * ${draw('n', 12)}))
      WHEN 'open' THEN floor(n.slots * 0.8 * ${draw('n', 12)}) ELSE 0 END::int AS filled
  FROM needs n
  JOIN street_sizes ss ON ss.street = n.street
  -- the rule that applies (the people statement made sure one does)
  CROSS JOIN LATERAL (
    SELECT points_per_hour AS per_hour FROM time_bank_rules WHERE region_code IN ${ruleChain('n.street')} ORDER BY length(region_code) DESC LIMIT 1
  ) AS p
  CROSS JOIN LATERAL (SELECT (extract(epoch FROM n.ends_at - n.starts_at) / 3600)::numeric(6, 2) AS full_hours) AS f
  CROSS JOIN LATERAL (SELECT f.full_hours, CASE WHEN f.full_hours >= 1.5 THEN f.full_hours - 0.5 ELSE f.full_hours END AS early_hours) AS h
),
seats AS MATERIALIZED (
  SELECT t.*, j, sv.id AS volunteer_id, (t.head + j) % 7 = 0 AS left_early
  FROM terms t
  CROSS JOIN LATERAL generate_series(0, least(t.filled, t.volunteers) - 1) AS j
  -- 1000003 is a prime larger than any street's number of volunteers: multiplying by it permutes the positions
  JOIN street_volunteers sv ON sv.street = t.street AND sv.position = (t.head + j) % t.volunteers * 1000003 % t.volunteers
),
new_signups AS (
  INSERT INTO volunteer_signups (id, need_id, volunteer_id, status, created_at)
  SELECT (s.signup_prefix || lpad(to_hex(s.j), 4, '0'))::uuid, s.need_id, s.volunteer_id, 'signed_up',
    least(s.created_at + (s.j + 1) * interval '20 minutes', s.starts_at, $3::timestamptz)
  FROM seats s
  ON CONFLICT DO NOTHING
  RETURNING 1
),
new_records AS (
  INSERT INTO service_records (volunteer_id, need_id, organization_id, region_code, content, place, started_at, ended_at, hours, points,
    confirmed_by, confirmed_at)
  SELECT s.volunteer_id, s.need_id, s.organization_id, s.region_code,
    s.title || '：' || (ARRAY['签到引导', '秩序维护', '物资分发', '后勤保障', '宣传讲解', '摄影记录'])[1 + s.j % 6], s.venue, s.starts_at, s.ends_at,
    CASE WHEN s.left_early THEN s.early_hours ELSE s.full_hours END, CASE WHEN s.left_early THEN s.early_points ELSE s.full_points END,
    s.officer, s.confirmed_at
  FROM seats s
  WHERE s.recorded
  ON CONFLICT DO NOTHING
  RETURNING volunteer_id, hours, points, confirmed_at
),
credited AS (
  UPDATE volunteers v SET hours_confirmed = v.hours_confirmed + c.hours, points_balance = v.points_balance + c.points,
    updated_at = greatest(v.updated_at, c.last)
  FROM (SELECT volunteer_id, sum(hours) AS hours, sum(points) AS points, max(confirmed_at) AS last FROM new_records GROUP BY volunteer_id) AS c
  WHERE v.id = c.volunteer_id
  RETURNING 1
)
SELECT (SELECT count(*) FROM new_activities)::int AS activities, (SELECT count(*) FROM new_needs)::int AS needs,
  (SELECT count(*) FROM new_signups)::int AS signups, (SELECT count(*) FROM new_records)::int AS records
`;
