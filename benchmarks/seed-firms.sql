-- Benchmark only: firms firm001 … firm:count (psql -v count=…), each with one user of the same
-- name who is applicant and bidder. Their users share the password hash of the demo user amelie,
-- so they sign in with her demo password; hashing one Argon2id per firm would only slow the seed.
-- Run on the benchmark database after the gateway's demo data exists; a second run adds nothing.
insert into organisation (id, country, kind, name, registration_number, size_class, vat_number)
select gen_random_uuid()::text, 'BE', 'ECONOMIC_OPERATOR', 'Benchmark Firm ' || lpad(n::text, 3, '0'),
       'BENCH ' || lpad(n::text, 6, '0'), 'SMALL', null
from generate_series(1, :count) n
where not exists (select 1 from organisation o where o.registration_number = 'BENCH ' || lpad(n::text, 6, '0'));

insert into user_account (id, display_name, failed_sign_ins, language, locked_until, password_hash, username)
select gen_random_uuid()::text, 'Benchmark User ' || lpad(n::text, 3, '0'), 0, 'en', null,
       (select password_hash from user_account where username = 'amelie'), 'firm' || lpad(n::text, 3, '0')
from generate_series(1, :count) n
where not exists (select 1 from user_account u where u.username = 'firm' || lpad(n::text, 3, '0'));

insert into membership (id, role, organisation_id, user_id)
select gen_random_uuid()::text, role, o.id, u.id
from generate_series(1, :count) n
join organisation o on o.registration_number = 'BENCH ' || lpad(n::text, 6, '0')
join user_account u on u.username = 'firm' || lpad(n::text, 3, '0')
cross join (values ('APPLICANT'), ('BIDDER')) r(role)
where not exists (select 1 from membership m where m.user_id = u.id and m.role = r.role);
