-- Benchmark only: clones the open cases that real submissions made until :cases are open (psql
-- -v cases=…). A clone is a filing row under a new reference and its process instance waiting at
-- the review task, candidate group and variable included: what the clerk's queue reads. Receipts,
-- seals and process history are not cloned; the queue does not read them.
create temp table clone as
with template as (
    select f.id as filing_id, e.id_ as process_id, t.id_ as task_id
    from filing f
    join act_ru_execution e on e.business_key_ = f.reference and e.parent_id_ is null
    join act_ru_task t on t.proc_inst_id_ = e.id_ and t.task_def_key_ = 'review'
), copies as (
    select template.*, copy_no
    from template
    cross join generate_series(1, ceil((:cases - (select count(*) from template))::numeric
                                       / greatest(1, (select count(*) from template)))::int) copy_no
    limit greatest(0, :cases - (select count(*) from template))
)
select copies.*, gen_random_uuid()::text as new_filing, gen_random_uuid()::text as new_process,
       gen_random_uuid()::text as new_task,
       'FIL-BENCH-' || lpad((row_number() over ())::text, 7, '0') as new_reference
from copies;

insert into filing (id, assignee, created_at, created_by, creation_key, data, decided_at, decided_by, language,
                    organisation_id, outcome, reason, reference, status, submitted_at, submitted_by, updated_at,
                    version, form_id)
select c.new_filing, f.assignee, f.created_at, f.created_by, null, f.data, f.decided_at, f.decided_by, f.language,
       f.organisation_id, f.outcome, f.reason, c.new_reference, f.status, f.submitted_at, f.submitted_by, f.updated_at,
       f.version, f.form_id
from clone c join filing f on f.id = c.filing_id;

insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, parent_id_, proc_def_id_,
                              super_exec_, super_case_exec_, case_inst_id_, act_id_, act_inst_id_, is_active_,
                              is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
                              sequence_counter_, tenant_id_, proc_def_key_)
select c.new_process, e.rev_, c.new_process, c.new_process, c.new_reference, null, e.proc_def_id_,
       null, null, null, e.act_id_, e.act_id_ || ':' || c.new_task, e.is_active_,
       e.is_concurrent_, e.is_scope_, e.is_event_scope_, e.suspension_state_, e.cached_ent_state_,
       e.sequence_counter_, e.tenant_id_, e.proc_def_key_
from clone c join act_ru_execution e on e.id_ = c.process_id;

insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, case_execution_id_, case_inst_id_,
                         case_def_id_, name_, parent_task_id_, description_, task_def_key_, owner_, assignee_,
                         delegation_, priority_, create_time_, last_updated_, due_date_, follow_up_date_,
                         suspension_state_, tenant_id_, task_state_)
select c.new_task, t.rev_, c.new_process, c.new_process, t.proc_def_id_, null, null,
       null, t.name_, null, t.description_, t.task_def_key_, t.owner_, t.assignee_,
       t.delegation_, t.priority_, t.create_time_ - c.copy_no * interval '1 second', t.last_updated_, t.due_date_,
       t.follow_up_date_, t.suspension_state_, t.tenant_id_, t.task_state_
from clone c join act_ru_task t on t.id_ = c.task_id;

insert into act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_, tenant_id_)
select gen_random_uuid()::text, l.rev_, l.group_id_, l.type_, l.user_id_, c.new_task, l.proc_def_id_, l.tenant_id_
from clone c join act_ru_identitylink l on l.task_id_ = c.task_id;

insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, proc_def_id_, case_execution_id_,
                             case_inst_id_, task_id_, batch_id_, bytearray_id_, double_, long_, text_, text2_,
                             var_scope_, sequence_counter_, is_concurrent_local_, tenant_id_)
select gen_random_uuid()::text, v.rev_, v.type_, v.name_, c.new_process, c.new_process, v.proc_def_id_, null,
       null, null, null, null, v.double_, v.long_, v.text_, v.text2_,
       c.new_process, v.sequence_counter_, v.is_concurrent_local_, v.tenant_id_
from clone c join act_ru_variable v on v.execution_id_ = c.process_id and v.task_id_ is null;
