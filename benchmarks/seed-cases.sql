-- Benchmark only: clones the open cases that real submissions made until :cases are open (psql
-- -v cases=…), for the clerk's queue, which reads the filing table alone (its index filing_queue).
-- A clone is a copy of a submitted filing's row under a new id and reference, whatever columns the
-- table has; its submission, receipt and process are not cloned, so a clone is listed but not opened.
create temp table clone as
with template as (
    select id from filing where status = 'SUBMITTED'
), copies as (
    select template.id, copy_no
    from template
    cross join generate_series(1, ceil((:cases - (select count(*) from template))::numeric
                                       / greatest(1, (select count(*) from template)))::int) copy_no
    limit greatest(0, :cases - (select count(*) from template))
)
select copies.id as template_id, gen_random_uuid()::text as new_id,
       'FIL-BENCH-' || lpad((row_number() over ())::text, 7, '0') as new_reference
from copies;

create temp table cloned_filing as
select c.new_id, c.new_reference, f.* from clone c join filing f on f.id = c.template_id;
update cloned_filing set id = new_id, reference = new_reference, creation_key = null;
alter table cloned_filing drop column new_id, drop column new_reference;
insert into filing select * from cloned_filing;
