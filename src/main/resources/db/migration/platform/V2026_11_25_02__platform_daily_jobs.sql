-- Daily jobs run once per day across all application nodes: a node runs a job only if it is the
-- first to insert (job, day); a failed run rolls its row back, so the next tick retries it.
create table platform.daily_job_run (
    job        varchar(100) not null,
    day        date         not null,
    started_at timestamptz  not null,
    primary key (job, day)
);
