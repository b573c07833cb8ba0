-- The training clock of a training or demo environment: how far the platform's date has been
-- moved ahead of the real date (one row; absent until an administrator first moves it).
create table platform.training_clock (
    id          smallint primary key default 1 check (id = 1),
    offset_ms   bigint not null check (offset_ms >= 0),
    moved_by    varchar(64) not null,
    moved_at    timestamptz not null
);
