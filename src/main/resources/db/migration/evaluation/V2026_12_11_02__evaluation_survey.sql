-- The service recipients' survey (服务对象满意度调查): single-use tokens handed out by the provider
-- at the service point (a link or a QR code), and anonymous answers. An answer keeps no token, no
-- address and no cookie: the purchaser sees how many answered, never who.

create table evaluation.survey_token (
    -- SHA-256 of the token; the token itself is only ever printed
    token_hash    char(64)     primary key,
    evaluation_id uuid         not null references evaluation.evaluation (id),
    batch         integer      not null,
    issued_at     timestamptz  not null,
    issued_by     varchar(64)  not null,
    used_at       timestamptz
);
create index survey_token_evaluation_idx on evaluation.survey_token (evaluation_id);

create table evaluation.survey_response (
    id            uuid          primary key,
    evaluation_id uuid          not null references evaluation.evaluation (id),
    -- the answer's satisfaction, 0 to 100, from its ratings
    satisfaction  numeric(6,2)  not null check (satisfaction between 0 and 100),
    -- {"question code": rating 1 to 5, …}
    answers       jsonb         not null,
    comment       varchar(1000),
    submitted_on  date          not null
);
create index survey_response_evaluation_idx on evaluation.survey_response (evaluation_id);
